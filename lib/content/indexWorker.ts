/**
 * A parse worker (parsePool.ts): reads, checks and tokenizes story files for the thread that
 * writes the content index, so building the index of a whole archive uses every core and the
 * server's own thread stays free to answer.
 *
 * Messages in: `{ paths, lists }` once, then `{ id, files }`; out: `{ id, parsed }` or `{ id, error }`.
 */
import { parentPort } from 'node:worker_threads';
import type { ContentPaths, StoryContext } from './load';
import { parseStory, storyContext, type StoryFileRef, type StoryLists } from './parseStory';

let paths: ContentPaths | undefined;
let context: StoryContext | undefined;

parentPort?.on('message', (message: { paths: ContentPaths; lists: StoryLists } | { id: number; files: StoryFileRef[] }) => {
  if ('lists' in message) {
    paths = message.paths;
    context = storyContext(message.paths, message.lists);
    return;
  }
  try {
    if (!paths || !context) throw new Error('the parse worker was given files before its content folder');
    const parsed = message.files.map((file) => parseStory(paths!, file, context!));
    parentPort!.postMessage({ id: message.id, parsed });
  } catch (error) {
    parentPort!.postMessage({ id: message.id, error: error instanceof Error ? error.message : String(error) });
  }
});
