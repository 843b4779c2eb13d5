// Writes a report folder from one AnalysisResult: every renderer reads the same result, files are written atomically.

import { join } from 'node:path';
import type { AnalysisResult } from '../result.js';
import { ensureDir, insideDir, writeFileAtomic } from '../util/fs.js';
import { renderJson } from './json.js';
import { renderMarkdown } from './markdown.js';

/** Report formats a run can write. */
export type ReportFormat = 'md' | 'json';

/** A file of a report: path relative to the report folder, and its contents. */
export interface ReportFile {
  path: string;
  contents: string;
}

/** All files of a report, in memory: the same input gives the same bytes. */
export function renderReportFiles(result: AnalysisResult, formats: readonly ReportFormat[] = ['md', 'json']): ReportFile[] {
  const files: ReportFile[] = [];
  if (formats.includes('md')) files.push({ path: 'report.md', contents: renderMarkdown(result) });
  if (formats.includes('json')) files.push({ path: 'report.json', contents: renderJson(result) });
  return files;
}

/** Writes the report files into `dir` (created if needed) and returns their full paths. */
export function writeReportFiles(dir: string, files: readonly ReportFile[]): string[] {
  ensureDir(dir);
  const written: string[] = [];
  for (const f of files) {
    const full = insideDir(dir, f.path);
    ensureDir(join(full, '..'));
    writeFileAtomic(full, f.contents);
    written.push(full);
  }
  return written;
}
