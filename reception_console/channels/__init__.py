"""Channels: adapters that carry outbox messages to people — e-mail over SMTP, SMS through an HTTP gateway or
an e-mail-to-SMS address. Like `telephony`, they know the domain only (no ui, no storage); the delivery worker
feeds them one `OutboxItem` at a time and they answer with a `Receipt` or raise a `DeliveryError`."""
