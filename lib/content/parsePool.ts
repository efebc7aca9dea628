import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { surveyArticles, type Survey, type SurveyedFolder } from './survey';
import type { ContentPaths } from './load';
import { parseStory, storyContext, type ParsedStory, type StoryFileRef, type StoryLists } from './parseStory';

/** Reads story files for the index: on this thread, or on worker threads (ParsePool). */
export interface StoryParser {
  parse(files: StoryFileRef[]): Promise<ParsedStory[]>;
  close(): Promise<void>;
}

/** Parses on the calling thread: a few files (a publish), or where workers cannot start. */
export function inlineParser(paths: ContentPaths, lists: StoryLists): StoryParser {
  const context = storyContext(paths, lists);
  return { parse: async (files) => files.map((file) => parseStory(paths, file, context)), close: async () => {} };
}

/** Files handed to a worker at a time: small enough to spread a batch over every worker. */
const CHUNK = 16;

interface Task {
  files: StoryFileRef[];
  resolve: (parsed: ParsedStory[]) => void;
  reject: (error: Error) => void;
}

/**
 * Worker threads that parse story files (indexWorker.ts), one per core (at most 4): the cold
 * index of an archive is mostly Markdown parsing and tokenizing, which the thread that writes
 * the index then does not do. A worker that fails makes every parse reject: the caller goes
 * on parsing on its own thread.
 */
export class ParsePool implements StoryParser {
  private readonly workers: { worker: Worker; task?: Task & { id: number } }[] = [];
  private readonly queue: Task[] = [];
  private failure: Error | undefined;
  private nextId = 1;

  constructor(paths: ContentPaths, lists: StoryLists, size = Math.max(1, Math.min(os.availableParallelism(), 4))) {
    for (let i = 0; i < size; i++) {
      // The URL form lets Next.js's bundler (Turbopack) emit the worker as its own entry. No heap
      // limit: at 128 MB the workers spent half their time collecting garbage (a first build took
      // twice as long) for no lower peak memory.
      const worker = new Worker(new URL('./indexWorker.ts', import.meta.url));
      const slot: (typeof this.workers)[number] = { worker };
      worker.on('message', (message: { id: number; parsed?: ParsedStory[]; error?: string }) => {
        const task = slot.task;
        if (!task || task.id !== message.id) return;
        slot.task = undefined;
        worker.unref();
        if (message.parsed) task.resolve(message.parsed);
        else task.reject(new Error(message.error ?? 'the parse worker failed'));
        this.dispatch();
      });
      const fail = (error: Error) => this.fail(error);
      worker.on('error', fail);
      worker.on('exit', (code) => code !== 0 && this.fail(new Error(`a parse worker stopped (exit code ${code})`)));
      worker.postMessage({ paths, lists });
      // An idle worker does not keep a finished script (content:check) alive; a busy one does.
      worker.unref();
      this.workers.push(slot);
    }
  }

  /** The files parsed, in the order given. */
  async parse(files: StoryFileRef[]): Promise<ParsedStory[]> {
    const chunks: Promise<ParsedStory[]>[] = [];
    for (let i = 0; i < files.length; i += CHUNK) {
      const chunk = files.slice(i, i + CHUNK);
      chunks.push(new Promise((resolve, reject) => this.queue.push({ files: chunk, resolve, reject })));
    }
    this.dispatch();
    return (await Promise.all(chunks)).flat();
  }

  async close(): Promise<void> {
    this.fail(new Error('the parse pool was closed'));
    // A terminating worker does not keep the process alive, so a script whose last step awaits
    // this close would end with that await unsettled: a timer holds it until they are gone.
    const holding = setInterval(() => {}, 1000);
    try {
      await Promise.all(this.workers.map(({ worker }) => worker.terminate()));
    } finally {
      clearInterval(holding);
    }
  }

  private dispatch() {
    if (this.failure) return this.fail(this.failure);
    for (const slot of this.workers) {
      if (slot.task) continue;
      const task = this.queue.shift();
      if (!task) return;
      slot.task = { ...task, id: this.nextId++ };
      slot.worker.ref();
      slot.worker.postMessage({ id: slot.task.id, files: task.files });
    }
  }

  private fail(error: Error) {
    this.failure ??= error;
    for (const slot of this.workers) {
      slot.task?.reject(this.failure);
      slot.task = undefined;
      // Nothing is waiting on it any more: it must not keep the process alive.
      slot.worker.unref();
    }
    for (const task of this.queue.splice(0)) task.reject(this.failure);
  }
}

/** From this many files a sync parses on worker threads (starting them costs more than a few files). */
const POOL_FROM_FILES = 64;

/**
 * The parser a sync of `files` story files reads with: worker threads for many, this thread for
 * a few, and this thread again should the workers fail (said once in the log).
 */
export function resilientParser(paths: ContentPaths, lists: StoryLists, files: number, log: (line: string) => void): StoryParser {
  const inline = inlineParser(paths, lists);
  if (files < POOL_FROM_FILES) return inline;
  let pool: ParsePool | undefined;
  const giveUp = (error: unknown) => {
    if (!pool) return;
    log(`content: parse workers failed (${error instanceof Error ? error.message : error}); reading on the main thread`);
    void pool.close().catch(() => {});
    pool = undefined;
  };
  try {
    pool = new ParsePool(paths, lists);
  } catch (error) {
    log(`content: cannot start parse workers (${error instanceof Error ? error.message : error}); reading on the main thread`);
  }
  return {
    async parse(batch) {
      if (pool) {
        try {
          return await pool.parse(batch);
        } catch (error) {
          giveUp(error);
        }
      }
      return inline.parse(batch);
    },
    close: async () => {
      await pool?.close();
    },
  };
}

/**
 * The survey of every story folder (survey.ts), made on a worker thread: 19 s of file system
 * calls at 200,000 stories that the server's thread then does not make. Falls back to this
 * thread when the worker cannot start or fails (said in the log).
 */
export async function surveyOnWorker(contentDir: string, log: (line: string) => void): Promise<Survey> {
  try {
    return await new Promise<Survey>((resolve, reject) => {
      const worker = new Worker(new URL('./indexWorker.ts', import.meta.url));
      const folders: SurveyedFolder[] = [];
      const end = (settle: () => void) => {
        worker.removeAllListeners();
        // Settled: whatever the worker says from now on is ignored, never an unhandled error.
        worker.on('error', () => {});
        void worker.terminate();
        settle();
      };
      worker.on('message', (message: { folders?: SurveyedFolder[]; done?: boolean; error?: string }) => {
        if (message.folders) for (const folder of message.folders) folders.push(folder);
        else if (message.done) end(() => resolve({ folders }));
        else end(() => reject(new Error(message.error ?? 'the survey worker failed')));
      });
      worker.on('error', (error) => end(() => reject(error)));
      worker.on('messageerror', (error) => end(() => reject(error)));
      worker.on('exit', (code) => end(() => reject(new Error(`the survey worker stopped (exit code ${code})`))));
      worker.postMessage({ survey: contentDir });
    });
  } catch (error) {
    log(`content: the survey worker failed (${error instanceof Error ? error.message : error}); surveying on the main thread`);
    return surveyArticles(contentDir);
  }
}
