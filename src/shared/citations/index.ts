export * from './format';
export * from './resolve';
export * from './runs';
export * from './table';
export * from './extract';
