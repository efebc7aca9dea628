'use client';

/**
 * In `npm run dev` only, what went wrong, e.g. the content check's `path:line: field: message`
 * lines after an editor saves a broken file. Production builds drop this (NODE_ENV is inlined),
 * and Next.js withholds server error messages there anyway: readers never see details.
 */
export function DevErrorDetails({ error }: { error: Error }) {
  if (process.env.NODE_ENV !== 'development') return null;
  return (
    <pre style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', border: '2px solid #a3161a', padding: '1rem', fontSize: '0.875rem' }} lang="en">
      {error.message}
    </pre>
  );
}
