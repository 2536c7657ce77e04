'use client';

import { Timestamp, TimestampTooltipVariant } from '@patternfly/react-core';

/**
 * A relative time ("3 hours ago") with the exact time on hover. Rendered in UTC with a
 * fixed locale so the server and the browser produce the same text (no hydration mismatch).
 */
export function FormattedTime({ iso }: { iso: string }) {
  const date = new Date(iso);
  return (
    <Timestamp
      date={date}
      locale="en-GB"
      dateFormat="medium"
      timeFormat="short"
      customFormat={{ timeZone: 'UTC', dateStyle: 'medium', timeStyle: 'short' }}
      tooltip={{ variant: TimestampTooltipVariant.default }}
    >
      {date.toISOString().slice(0, 16).replace('T', ' ')} UTC
    </Timestamp>
  );
}
