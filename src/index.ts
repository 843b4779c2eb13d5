// The public API: analyze a text, parse it, render reports.

export { analyze, parse, requireProse, selectAnalyzers, type AnalyzeOptions, type Timing } from './analyze.js';
export { notEnglishReason } from './text/language.js';
export { analyzers, analyzerFor } from './analyzers/index.js';
export type { Analyzer, AnalysisContext, DeviceId, Finding, RawFinding, ScoreDefinition, SectionAnalysis, Metrics } from './analyzers/types.js';
export type { AnalysisResult, DeviceInfo, DeviceScore, SectionResult, SentenceResult } from './result.js';
export type { Document, Section, Sentence, Token, Span } from './text/model.js';
export { loadLexicons, LexiconSet } from './lexicon/load.js';
export { InputError, UsageError } from './util/errors.js';
export { renderHtml, type HtmlCharts, type HtmlOptions } from './report/html.js';
export { deviceGuides, explainDevices, renderExplanationText, type DeviceExplanation, type DeviceGuide, type ExplainOptions } from './explain.js';
export { buildWorksheet, renderAnswersMarkdown, renderWorksheetHtml, renderWorksheetMarkdown, type Worksheet, type WorksheetItem, type WorksheetOptions } from './teach/worksheet.js';
export { compareResults, stopWordsFrom, type Comparison, type ComparedText, type DeviceDifference } from './compare/model.js';
export { countTerms, keyTerms, keynessEachAgainstRest, logLikelihood, logRatio, type KeyTerm, type KeynessOptions } from './compare/keyness.js';
export { quantile, standingOf, type Standing } from './compare/percentile.js';
export { compareWithNorms, normsFrom, standingAgainst, type NormsComparison, type NormsFile } from './compare/norms.js';
export { corpusJobs, summarizeAll, summarizeCorpus, type Summarizer } from './corpus/run.js';
export { summarizeFile, type SummaryJob, type SummaryOptions, type SummaryRow } from './corpus/summary.js';
export { renderMarkdown } from './report/markdown.js';
export { renderJson } from './report/json.js';
export { renderScoresCsv } from './report/csv.js';
export { renderReportFiles, writeReportFiles, type ReportFile, type ReportFormat } from './report/write.js';
export { loadChartKit, overviewSvg, sectionSvg, sentimentArcSvg, type ChartKit } from './report/charts/index.js';
export { evaluateGold, scoreDocument, type EvalReport, type Disagreement } from './eval/score.js';
export { readGold, BINARY_DEVICES, type GoldDocument } from './eval/gold.js';
export { resolveSettings, findConfig, type ResolvedSettings } from './config/settings.js';
export { parseThresholds, passedThresholds, thresholdsPassedBy, type Threshold } from './fail-on.js';
