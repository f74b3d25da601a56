"""The Toco partner API client: signing, envelopes, retries and the clock offset."""
