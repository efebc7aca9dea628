'use client';

import { useEffect } from 'react';

/**
 * Client island: shows each Listen button whose language the browser has a voice for, and reads
 * its paragraph in that voice (the browser's own speech synthesis; one paragraph at a time).
 */
export function ReadAloud() {
  useEffect(() => {
    const speech = window.speechSynthesis as SpeechSynthesis | undefined;
    if (!speech) return;
    const buttons = () => [...document.querySelectorAll<HTMLButtonElement>('button[data-listen]')];
    const voiceFor = (lang: string) => speech.getVoices().find((voice) => voice.lang.toLowerCase().split(/[-_]/)[0] === lang);
    const offer = () => {
      for (const button of buttons()) button.hidden = !voiceFor(button.dataset.listen!);
    };
    let playing: HTMLButtonElement | undefined;
    const press = (button: HTMLButtonElement | undefined, on: boolean) => button?.setAttribute('aria-pressed', String(on));
    const listen = (event: MouseEvent) => {
      const button = (event.target as Element | null)?.closest?.<HTMLButtonElement>('button[data-listen]');
      if (!button) return;
      const was = playing;
      speech.cancel();
      press(was, false);
      playing = undefined;
      if (was === button) return;
      // The paragraph as read: without its glosses' popovers.
      const body = button.parentElement?.querySelector('.article-body')?.cloneNode(true) as Element | undefined;
      body?.querySelectorAll('.gloss-popover').forEach((gloss) => gloss.remove());
      const utterance = new SpeechSynthesisUtterance(body?.textContent?.replace(/\s+/g, ' ').trim() ?? '');
      const voice = voiceFor(button.dataset.listen!);
      if (voice) {
        utterance.voice = voice;
        utterance.lang = voice.lang;
      }
      utterance.onend = utterance.onerror = () => {
        if (playing !== button) return;
        press(button, false);
        playing = undefined;
      };
      playing = button;
      press(button, true);
      speech.speak(utterance);
    };
    offer();
    speech.addEventListener('voiceschanged', offer);
    document.addEventListener('click', listen);
    return () => {
      speech.cancel();
      speech.removeEventListener('voiceschanged', offer);
      document.removeEventListener('click', listen);
    };
  }, []);
  return null;
}
