export * from './accounts';
export * from './audit';
export * from './org';
export * from './registry';
export * from './governance';
export * from './care';
export * from './events';
