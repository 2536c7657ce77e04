export const THEME_COOKIE = 'mr-theme';
export type Theme = 'light' | 'dark';
export const DARK_THEME_CLASS = 'pf-v6-theme-dark';
