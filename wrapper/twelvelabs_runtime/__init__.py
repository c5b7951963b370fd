"""The mechanisms behind the generated `twelvelabs_client` package, the same for every operation:
transport (retries, timeouts, typed errors), wire encoding, pagers, streams, polling, uploads,
configuration and the command-line tool. Import the client from `twelvelabs_client`, not from here."""
