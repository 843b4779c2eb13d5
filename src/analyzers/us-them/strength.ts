// How strong each kind of us/them finding is.

export const STRENGTH = { label: 0.9, cue: 0.7, contrast: 0.8, contrastWord: 1, entity: 0.6, learned: 0.5, anaphora: 0.6, pattern: 0.8 } as const;
