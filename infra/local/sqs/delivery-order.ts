import { inFlight, type StoredMessage } from './stored-message';

/**
 * The visible messages a receive may take, in the order it takes them.
 *
 * Standard queues: send order (AWS promises no order; the oldest first is the least surprising locally).
 * FIFO queues: a group with a message in flight gives nothing (one in-flight batch per group); within a group strictly
 * in order, so a message still delayed holds back the ones behind it; and as many messages of one group as possible
 * before the next group, groups taken in the order of their oldest message.
 */
export function deliverableInOrder(
  messages: readonly StoredMessage[],
  fifo: boolean,
  now: number,
): readonly StoredMessage[] {
  if (!fifo) return messages.filter((message) => message.delivery.visibleAt <= now);
  const groupOf = (message: StoredMessage): string => message.messageGroupId ?? '';
  const blocked = new Set(messages.filter((message) => inFlight(message, now)).map(groupOf));
  const byGroup = new Map<string, StoredMessage[]>();
  for (const message of messages) {
    const group = groupOf(message);
    if (blocked.has(group)) continue;
    if (message.delivery.visibleAt > now) {
      blocked.add(group);
      continue;
    }
    const members = byGroup.get(group);
    if (members === undefined) byGroup.set(group, [message]);
    else members.push(message);
  }
  return [...byGroup.values()].flat();
}
