'use client';

import { ToggleGroup, ToggleGroupItem } from '@patternfly/react-core';
import { MoonIcon, SunIcon } from '@patternfly/react-icons';
import { useState } from 'react';
import { DARK_THEME_CLASS, THEME_COOKIE, type Theme } from '@/lib/theme';

export function ThemeToggle({ initial }: { initial: Theme }) {
  const [theme, setTheme] = useState<Theme>(initial);
  const choose = (next: Theme) => {
    setTheme(next);
    document.documentElement.classList.toggle(DARK_THEME_CLASS, next === 'dark');
    document.cookie = `${THEME_COOKIE}=${next}; path=/; max-age=31536000; samesite=lax`;
  };
  return (
    <ToggleGroup aria-label="Colour theme">
      <ToggleGroupItem
        icon={<SunIcon />}
        aria-label="Light theme"
        buttonId="theme-light"
        isSelected={theme === 'light'}
        onChange={() => choose('light')}
      />
      <ToggleGroupItem
        icon={<MoonIcon />}
        aria-label="Dark theme"
        buttonId="theme-dark"
        isSelected={theme === 'dark'}
        onChange={() => choose('dark')}
      />
    </ToggleGroup>
  );
}
