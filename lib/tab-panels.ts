// Ids of the regions that URL-segment tabs control (their aria-controls must point at
// an element that exists).
export const MODEL_TAB_PANEL_ID = 'model-tab-panel';
export const VERSION_TAB_PANEL_ID = 'version-tab-panel';
export const SETTINGS_PANEL_ID = 'settings-panel';
export const PERMISSIONS_PANEL_ID = 'permissions-panel';
