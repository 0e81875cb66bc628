export { createApolloClient } from './client';
export { errorCode, errorMessage, fieldErrors, hasErrorCode, type ErrorCode, type FieldIssue } from './errors';
export { endSession, getAccessToken, onSessionEnded, refreshAccessToken, setAccessToken } from './token';
