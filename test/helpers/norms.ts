// A small norms file for tests: one collection ("speeches", labelled "test speeches") of call-to-action scores.

import { describeScores, type NormDocument, type NormsFile } from '../../src/compare/norms.js';
import type { DeviceInfo } from '../../src/result.js';

/** The device the test norms describe. */
export const CALLS: DeviceInfo = { id: 'call_to_action', title: 'Calls to action', description: 'x', score: { label: 'per 1,000 words', definition: 'x', min: 0, max: null, digits: 2 } };

/** Norms whose "speeches" collection holds `values`, with `documents` listed when given (older norms files lack them). */
export function testNorms(values: readonly number[], words: number, documents?: NormDocument[]): NormsFile {
  return {
    lexicon: 'norms',
    kind: 'data',
    description: 'test',
    corpus: 'test corpus',
    generated: '2020-01-01',
    tool: 'test',
    percentileDefinition: '',
    quantileDefinition: '',
    devices: { call_to_action: { title: 'Calls to action', label: 'per 1,000 words', more: 'more calls to action', less: 'fewer calls to action' } },
    collections: { speeches: { label: 'test speeches', documents: values.length, words, devices: { call_to_action: describeScores([...values]) } } },
    ...(documents ? { documents } : {}),
  };
}
