import type { ReactNode } from 'react';

// The real root layout is app/[locale]/layout.tsx, which knows the language for <html lang>.
// This one exists so that app/not-found.tsx can answer URLs outside any locale.
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
