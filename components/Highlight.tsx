import { highlight } from '@/lib/search/text';

/** Text with the words that matched a search marked. */
export function Highlight({ text, query }: { text: string; query: string }) {
  return (
    <>
      {highlight(text, query).map((part, i) =>
        part.match ? (
          <mark key={i} className="bg-yellow-200 text-black">
            {part.text}
          </mark>
        ) : (
          part.text
        ),
      )}
    </>
  );
}
