"""Call-event sources: they turn what a phone says into domain `CallEvent`s — never touching ui or storage.

Pure parts (no Qt, no sockets), fuzzed by the tests:
    netstring      netstring framing (baresip's ctrl_tcp)
    baresip_protocol, baresip_calls   baresip JSON messages and the call state machine over them
    ami_protocol, ami_calls           Asterisk Manager Interface messages and the call state machine over them
    command_line   `reception-console call ring|answer|end` arguments → events
    lines          phone account / dialled number (DID) → the clinic line it rings for
    ids            stable call ids made from a phone system's own call identifiers
Qt plumbing:
    link           a TCP connection that reconnects with backoff and reports its state
    baresip, ami   the adapters: a link plus a protocol plus a call tracker
"""
