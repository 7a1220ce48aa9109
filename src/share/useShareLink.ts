/**
 * The share dialog's state: the link being made, then made (or why there is none), and whether
 * it reached the clipboard. Copying is tried once when the link is ready (the click that opened
 * the dialog still counts as the user's gesture) and again on "Copy link"; a browser that refuses
 * leaves the link in the dialog's field, to copy by hand.
 */
import { useCallback, useEffect, useState } from 'react';
import type { Scenario } from '../model';
import { makeShareLink, type ShareLink } from './shareLink';

export type ShareState =
  | { kind: 'making' }
  | ShareLink
  /** The browser could not pack the program (no CompressionStream, out of memory...). */
  | { kind: 'failed'; error: unknown };

export type CopyState = 'copied' | 'notCopied' | null;

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false; // no clipboard API, no permission, or the page lost focus
  }
}

export function useShareLink(doc: Scenario) {
  const [state, setState] = useState<ShareState>({ kind: 'making' });
  const [copy, setCopy] = useState<CopyState>(null);
  // The document is read once, when the dialog opens: the link is of the program as it was then.
  const [shared] = useState(doc);

  const copyLink = useCallback(async (url: string) => {
    setCopy(null); // a second "Copied" is announced again
    setCopy((await copyText(url)) ? 'copied' : 'notCopied');
  }, []);

  useEffect(() => {
    let current = true;
    makeShareLink(shared, window.location.href).then(
      (link) => {
        if (!current) return;
        setState(link);
        if (link.kind === 'link') void copyLink(link.url);
      },
      (error: unknown) => current && setState({ kind: 'failed', error }),
    );
    return () => {
      current = false;
    };
  }, [shared, copyLink]);

  return { state, copy, copyLink, doc: shared };
}
