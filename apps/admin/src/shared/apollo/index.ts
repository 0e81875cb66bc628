export { createApolloClient } from './client';
export { errorCode, errorMessage, errorReason, fieldErrors, hasErrorCode, pathIssues, type ErrorCode, type FieldIssue } from './errors';
export { endSession, getAccessToken, onSessionEnded, refreshAccessToken, setAccessToken } from './token';
export { useLiveConnections, useLiveStatus, type LiveStatus } from './live';
