import { useEffect, useRef } from 'react';
import { useSubscription } from '@apollo/client/react';
import type { TicketChangedSubscription } from '../../gql/graphql';
import { useLiveConnections, useLiveStatus, type LiveStatus } from '../../shared/apollo';
import { TicketChangedDocument } from './graphql/service-desk.operations';

export type TicketChange = TicketChangedSubscription['ticketChanged'];

// Several changes in a burst (a case opened and assigned, a sweep) cost one refresh.
const SETTLE_MS = 300;

/**
 * Calls `onChanges` after cases within the viewer's reach open or change (the ticketChanged
 * subscription), once per burst, and after the live connection comes back, since changes
 * made while it was down were never heard.
 */
export function useTicketChanges(onChanges: (changes: TicketChange[]) => void, skip = false): LiveStatus {
  const latest = useRef(onChanges);
  const pending = useRef<TicketChange[]>([]);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => {
    latest.current = onChanges;
  }, [onChanges]);
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  const flush = () => {
    timer.current = null;
    const changes = pending.current;
    pending.current = [];
    latest.current(changes);
  };
  const schedule = (change: TicketChange | null) => {
    if (change) pending.current.push(change);
    if (!timer.current) timer.current = setTimeout(flush, SETTLE_MS);
  };

  useSubscription(TicketChangedDocument, {
    skip,
    ignoreResults: true,
    onData: ({ data }) => {
      const change = data.data?.ticketChanged;
      if (change) schedule(change);
    },
  });

  // Every connection since the page loaded: changes made before it was up (the page's own
  // first load included) or while it was down were never heard, so the page reads again.
  const connections = useLiveConnections();
  const seen = useRef(connections);
  useEffect(() => {
    if (connections === seen.current) return;
    seen.current = connections;
    if (!timer.current) timer.current = setTimeout(flush, SETTLE_MS);
  });

  return useLiveStatus();
}
