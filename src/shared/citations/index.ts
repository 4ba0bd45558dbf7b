export * from './format';
export * from './resolve';
export * from './runs';
export * from './table';
export * from './extract';
export * from './to-authority';
