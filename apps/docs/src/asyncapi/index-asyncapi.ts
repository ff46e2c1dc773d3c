/**
 * Gives every AsyncAPI channel, operation and message one anchor, and links them to each other by the
 * objects' identity: after bundling, a channel's message and an operation's message are `$ref`s that
 * resolve to the same component object.
 */
import type { RefResolver } from "../ref-resolver.ts";
import type {
  AsyncApiDocument,
  AsyncChannel,
  AsyncMessage,
  AsyncOperation,
  Referenced,
} from "../spec-model.ts";

export interface ChannelEntry {
  key: string;
  anchor: string;
  channel: AsyncChannel;
  messages: MessageEntry[];
  operations: OperationEntry[];
}

export interface OperationEntry {
  key: string;
  anchor: string;
  operation: AsyncOperation;
  channel: ChannelEntry | undefined;
  messages: MessageEntry[];
}

export interface MessageEntry {
  /** The message's key (components or channel): the anchor id links and tests rely on. */
  anchor: string;
  /** Extra anchors, such as a `name` that differs from the key, so either spelling links here. */
  aliases: string[];
  message: AsyncMessage;
  channels: ChannelEntry[];
}

export interface AsyncApiIndex {
  channels: ChannelEntry[];
  operations: OperationEntry[];
  messages: MessageEntry[];
}

export function indexAsyncApi(doc: AsyncApiDocument, resolver: RefResolver): AsyncApiIndex {
  const messagesByTarget = new Map<object, MessageEntry>();
  const componentMessages = Object.entries(doc.components?.messages ?? {});
  // A component's key is its anchor; no other message's `name` alias may take it first.
  const reserved = new Set(componentMessages.map(([key]) => key));
  const usedAnchors = new Set<string>();

  function registerMessage(key: string, node: Referenced<AsyncMessage>): MessageEntry {
    const { value, target } = resolver.resolve<AsyncMessage>(node);
    const known = messagesByTarget.get(target);
    if (known) return known;
    const anchor = usedAnchors.has(key) ? `message-${key}-${usedAnchors.size}` : key;
    usedAnchors.add(anchor);
    const aliases =
      value.name && !usedAnchors.has(value.name) && !reserved.has(value.name) ? [value.name] : [];
    for (const alias of aliases) usedAnchors.add(alias);
    const entry: MessageEntry = { anchor, aliases, message: value, channels: [] };
    messagesByTarget.set(target, entry);
    return entry;
  }

  for (const [key, node] of componentMessages) registerMessage(key, node);

  const channelsByTarget = new Map<object, ChannelEntry>();
  const channels = Object.entries(doc.channels ?? {}).map(([key, node]): ChannelEntry => {
    const { value: channel, target } = resolver.resolve(node);
    const messages = Object.entries(channel.messages ?? {}).map(([messageKey, messageNode]) =>
      registerMessage(messageKey, messageNode),
    );
    const entry: ChannelEntry = { key, anchor: `channel-${key}`, channel, messages, operations: [] };
    for (const message of messages) message.channels.push(entry);
    channelsByTarget.set(target, entry);
    return entry;
  });

  const operations = Object.entries(doc.operations ?? {}).map(([key, node]): OperationEntry => {
    const { value: operation } = resolver.resolve(node);
    const channel = channelsByTarget.get(resolver.resolve(operation.channel).target);
    // AsyncAPI 3: an operation that lists no messages carries every message of its channel.
    const messages = operation.messages ?? Object.values(channel?.channel.messages ?? {});
    const entry: OperationEntry = {
      key,
      anchor: `operation-${key}`,
      operation,
      channel,
      messages: messages.map((messageNode) => registerMessage(`${key}-message`, messageNode)),
    };
    channel?.operations.push(entry);
    return entry;
  });

  return { channels, operations, messages: [...messagesByTarget.values()] };
}
