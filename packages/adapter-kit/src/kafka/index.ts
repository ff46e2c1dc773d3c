/**
 * @ccaas/adapter-kit/kafka: the production event publisher. Requires the optional peer dependency
 * `@platformatic/kafka`.
 */
export {
  createKafkaPublisher,
  type KafkaProducerLike,
  type KafkaPublisher,
  type KafkaPublisherOptions,
  type KafkaRecord,
  type KafkaSaslOptions,
  toKafkaRecord,
} from "./kafka-publisher";
