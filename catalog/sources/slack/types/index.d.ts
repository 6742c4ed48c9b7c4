export * from './block-kit/block-elements';
export * from './block-kit/blocks';
export * from './block-kit/composition-objects';
export * from './block-kit/extensions';
export * from './calls';
export * from './chunk';
export * from './dialog';
export * from './events';
export * from './message-attachments';
export * from './message-metadata';
export * from './views';
//# sourceMappingURL=index.d.ts.map