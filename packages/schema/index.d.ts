export declare const schemaPath: string;
export * from './generated/types';
