'use client';

import { Tooltip } from '@patternfly/react-core';
import { useSyncExternalStore } from 'react';

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

function relative(date: Date, now: number): string {
  const seconds = Math.round((date.getTime() - now) / 1000);
  const fmt = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
  for (const [unit, size] of UNITS) if (Math.abs(seconds) >= size) return fmt.format(Math.round(seconds / size), unit);
  return 'just now';
}

export function exactTime(iso: string): string {
  return `${new Date(iso).toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}

// The current time to the minute, shared by every RelativeTime on the page.
const subscribe = (onChange: () => void) => {
  const timer = setInterval(onChange, 30_000);
  return () => clearInterval(timer);
};
const currentMinute = () => Math.floor(Date.now() / 60_000) * 60_000;
const noTimeOnServer = () => null;

/**
 * "3 hours ago", with the exact time on hover (and for screen readers). The server
 * renders the exact time and the browser switches to the relative one after
 * hydration, so the two never disagree.
 */
export function RelativeTime({ iso }: { iso: string }) {
  const now = useSyncExternalStore(subscribe, currentMinute, noTimeOnServer);
  const exact = exactTime(iso);
  return (
    <Tooltip content={exact}>
      <time dateTime={iso}>
        {now === null ? exact : relative(new Date(iso), now)}
        {now !== null && <span className="pf-v6-screen-reader"> ({exact})</span>}
      </time>
    </Tooltip>
  );
}
