'use client';

import { useState } from 'react';

interface KakaoShareButtonProps {
  appKey: string;
  url: string;
  label: string;
  failedLabel: string;
}

interface KakaoSdk {
  isInitialized(): boolean;
  init(key: string): void;
  Share: { sendScrap(options: { requestUrl: string }): void };
}

declare global {
  interface Window {
    Kakao?: KakaoSdk;
  }
}

export const KAKAO_SDK_URL = 'https://t1.kakaocdn.net/kakao_js_sdk/2.7.4/kakao.min.js';

let sdk: Promise<KakaoSdk> | undefined;

/** Loads Kakao's SDK once, on the first click: readers who never share never download it. */
function loadKakao(appKey: string): Promise<KakaoSdk> {
  sdk ??= new Promise<KakaoSdk>((resolve, reject) => {
    const script = document.createElement('script');
    script.src = KAKAO_SDK_URL;
    script.crossOrigin = 'anonymous';
    script.onload = () => {
      const kakao = window.Kakao;
      if (!kakao) return reject(new Error('Kakao SDK did not load'));
      if (!kakao.isInitialized()) kakao.init(appKey);
      resolve(kakao);
    };
    script.onerror = () => reject(new Error('Kakao SDK did not load'));
    document.head.append(script);
  }).catch((error: unknown) => {
    sdk = undefined;
    throw error;
  });
  return sdk;
}

/** Shares to KakaoTalk; only rendered when NEXT_PUBLIC_KAKAO_JS_KEY is configured. */
export function KakaoShareButton({ appKey, url, label, failedLabel }: KakaoShareButtonProps) {
  const [failed, setFailed] = useState(false);

  async function share() {
    try {
      const kakao = await loadKakao(appKey);
      kakao.Share.sendScrap({ requestUrl: url });
      setFailed(false);
    } catch {
      setFailed(true);
    }
  }

  return (
    <>
      <button type="button" onClick={share} className="share-button">
        {label}
      </button>
      <span role="status" aria-live="polite" className="basis-full text-sm">
        {failed ? failedLabel : ''}
      </span>
    </>
  );
}
