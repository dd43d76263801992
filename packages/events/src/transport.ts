/** A message as it travels: the key orders messages of one aggregate on one partition. */
export interface TransportMessage {
  key: string;
  value: string;
  headers?: Record<string, string>;
}

export interface ReceivedMessage extends TransportMessage {
  topic: string;
}

export interface SubscribeOptions {
  /** Consumer group: each group receives every message once; members of a group share them. */
  groupId: string;
  topics: string[];
  /**
   * Where a group that has never committed starts: true (the default) from each topic's first
   * message, as read models need; false from the messages published after it first joins, for
   * consumers that act on news (notifications) and must not replay years of history.
   */
  fromBeginning?: boolean;
  /**
   * With fromBeginning, a group that has never committed on a topic starts at the first message
   * published at or after this time instead of the topic's first. For a service whose database
   * is younger than the log it joins (each test stack on a long-lived broker): history from
   * before its database existed is not its own, and replaying it only delays the facts that are.
   */
  startAt?: Date;
  /** Called one message at a time per partition (per topic in process); must not throw for bad data. */
  onMessage: (message: ReceivedMessage) => Promise<void>;
}

export interface Subscription {
  stop(): Promise<void>;
}

/**
 * What the outbox relay and consumers need from a broker. Kafka implements it in production and
 * tests; an in-process bus implements it for the embedded mode. Nothing else differs.
 */
export interface EventTransport {
  readonly kind: 'kafka' | 'in-process';
  ensureTopics(topics: string[]): Promise<void>;
  publish(topic: string, messages: TransportMessage[]): Promise<void>;
  subscribe(options: SubscribeOptions): Promise<Subscription>;
  close(): Promise<void>;
  /**
   * In process only: resolves once every subscribed group has consumed everything published so
   * far. The embedded stack waits for it so that its first request does not queue behind a
   * backlog of seeding events.
   */
  drained?(): Promise<void>;
}
