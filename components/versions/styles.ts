// Inline styles from PatternFly tokens (the utility-class stylesheet is not loaded).
import type { CSSProperties } from 'react';

export const subtleText: CSSProperties = { color: 'var(--pf-t--global--text--color--subtle)' };

export const spaceAbove = (size: 'xs' | 'sm' | 'md' | 'lg'): CSSProperties => ({
  marginTop: `var(--pf-t--global--spacer--${size})`,
});
