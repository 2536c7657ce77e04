'use client';

// Shown when the root layout itself fails; it must render its own <html>.
export default function GlobalError({ reset }: { error: Error; reset: () => void }) {
  return (
    <html lang="en">
      <body style={{ fontFamily: 'sans-serif', padding: '4rem', textAlign: 'center' }}>
        <h1>Model Registry is unavailable</h1>
        <p>The application could not start this page. Try again in a moment.</p>
        <button type="button" onClick={reset}>
          Try again
        </button>
      </body>
    </html>
  );
}
