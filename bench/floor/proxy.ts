// Not part of the floor: Turbopack looks for a proxy file from the app's folder upwards and would
// otherwise build the site's own proxy.ts (the repository root's) into this app. This one matches
// no URL the floor serves, so the floor's pages and scripts are exactly a bare Next.js app's.
import { NextResponse } from 'next/server';

export function proxy() {
  return NextResponse.next();
}

export const config = { matcher: '/__no-such-page' };
