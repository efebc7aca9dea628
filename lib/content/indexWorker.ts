/**
 * A parse worker (parsePool.ts): reads, checks and tokenizes story files for the thread that
 * writes the content index, so building the index of a whole archive uses every core and the
 * server's own thread stays free to answer.
 *
 * Messages in: `{ paths, lists }` once, then `{ id, files }`; out: `{ id, parsed }` or `{ id, error }`.
 * A worker can survey the story folders instead (survey.ts): in `{ survey: contentDir }`, out
 * `{ folders }` a slice at a time (so the thread receiving them is never held long), then
 * `{ done: true }`, or `{ error }`.
 */
import { parentPort } from 'node:worker_threads';
import type { ContentPaths, StoryContext } from './load';
import { parseStory, storyContext, type StoryFileRef, type StoryLists } from './parseStory';
import { surveyArticles } from './survey';

let paths: ContentPaths | undefined;
let context: StoryContext | undefined;

/** Story folders per message of a survey. */
const SURVEY_SLICE = 5000;

parentPort?.on('message', (message: { paths: ContentPaths; lists: StoryLists } | { id: number; files: StoryFileRef[] } | { survey: string }) => {
  if ('survey' in message) {
    try {
      const { folders } = surveyArticles(message.survey);
      for (let at = 0; at < folders.length; at += SURVEY_SLICE) parentPort!.postMessage({ folders: folders.slice(at, at + SURVEY_SLICE) });
      parentPort!.postMessage({ done: true });
    } catch (error) {
      parentPort!.postMessage({ error: error instanceof Error ? error.message : String(error) });
    }
    return;
  }
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
