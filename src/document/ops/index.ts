/** Pure edits of a scenario document, as the editor's store applies them. */
export * from './result';
export * from './ui';
export * from './ids';
export * from './streams';
export * from './content';
export * from './rules';
export * from './program';
export * from './clipboard';
export * from './notes';
export * from './arrange';
export * from './removal';
export * from './forecast';
export * from './contentBatch';
export * from './holidays';
