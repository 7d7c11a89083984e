"""Realistic Asterisk 18/20 AMI event sequences (fields as the AMI event documentation lists them)."""

from __future__ import annotations

BANNER = b"Asterisk Call Manager/7.0.3\r\n"
TRUNK = "PJSIP/trunk-plus-00000031"


def message(**fields: str) -> bytes:
    lines = [f"{key.replace('_', '')}: {value}" for key, value in fields.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


def channel(
    name: str,
    uniqueid: str,
    linkedid: str,
    *,
    state: str = "Ring",
    exten: str = "",
    caller: str = "",
    caller_name: str = "",
    context: str = "from-pstn",
    prefix: str = "",
) -> dict[str, str]:
    codes = {"Down": "0", "Ring": "4", "Ringing": "5", "Up": "6"}
    return {
        f"{prefix}Channel": name,
        f"{prefix}ChannelState": codes[state],
        f"{prefix}ChannelStateDesc": state,
        f"{prefix}CallerIDNum": caller,
        f"{prefix}CallerIDName": caller_name or "<unknown>",
        f"{prefix}ConnectedLineNum": "<unknown>",
        f"{prefix}ConnectedLineName": "<unknown>",
        f"{prefix}Language": "en",
        f"{prefix}AccountCode": "",
        f"{prefix}Context": context,
        f"{prefix}Exten": exten,
        f"{prefix}Priority": "1",
        f"{prefix}Uniqueid": uniqueid,
        f"{prefix}Linkedid": linkedid,
    }


def event(name: str, *parts: dict[str, str], timestamp: float | None = None, **extra: str) -> bytes:
    fields: dict[str, str] = {"Event": name, "Privilege": "call,all"}
    if timestamp is not None:
        fields["Timestamp"] = f"{timestamp:.6f}"
    for part in parts:
        fields.update(part)
    fields.update(extra)
    return message(**fields)


def inbound_call(
    linkedid: str,
    *,
    did: str,
    caller: str,
    name: str = "",
    phone: str = "PJSIP/101",
    answered: bool,
    t0: float = 1795336000.0,
) -> list[bytes]:
    """A call from the trunk to DID `did`, dialled to `phone`; answered and hung up, or abandoned."""
    seq = int(linkedid.split(".")[1])
    leg = f"{linkedid.split('.')[0]}.{seq + 1}"
    trunk = channel(TRUNK, linkedid, linkedid, exten=did, caller=caller, caller_name=name)
    member = channel(
        f"{phone}-000000{seq + 1:02x}",
        leg,
        linkedid,
        state="Down",
        exten=did,
        context="from-internal",
        caller=caller,
        caller_name=name,
    )
    dest = {("Dest" + k): v for k, v in member.items()}
    events = [
        event("Newchannel", trunk, timestamp=t0),
        event("Newexten", trunk, Extension=did, Application="Dial", AppData=f"{phone},30", timestamp=t0),
        event("Newchannel", member, timestamp=t0 + 0.01),
        event("DialBegin", trunk, dest, DialString=phone.split("/", 1)[1], timestamp=t0 + 0.01),
        event("Newstate", {**member, "ChannelState": "5", "ChannelStateDesc": "Ringing"}, timestamp=t0 + 0.05),
    ]
    if answered:
        up = {**member, "ChannelState": "6", "ChannelStateDesc": "Up"}
        events += [
            event("Newstate", up, timestamp=t0 + 4.0),
            event("DialEnd", trunk, {("Dest" + k): v for k, v in up.items()}, DialStatus="ANSWER", timestamp=t0 + 4.0),
            event("BridgeCreate", BridgeUniqueid="b1", BridgeType="basic", timestamp=t0 + 4.0),
            event(
                "BridgeEnter",
                {**trunk, "ChannelState": "6", "ChannelStateDesc": "Up"},
                BridgeUniqueid="b1",
                timestamp=t0 + 4.0,
            ),
            event("BridgeEnter", up, BridgeUniqueid="b1", timestamp=t0 + 4.0),
            event("Hangup", up, Cause="16", CauseTxt="Normal Clearing", timestamp=t0 + 60.0),
            event("Hangup", trunk, Cause="16", CauseTxt="Normal Clearing", timestamp=t0 + 60.0),
        ]
    else:
        events += [
            event("DialEnd", trunk, dest, DialStatus="CANCEL", timestamp=t0 + 12.0),
            event("Hangup", member, Cause="0", CauseTxt="Unknown", timestamp=t0 + 12.0),
            event("Hangup", trunk, Cause="16", CauseTxt="Normal Clearing", timestamp=t0 + 12.0),
        ]
    return events


def queue_call(
    linkedid: str, *, did: str, caller: str, members: list[str], answered_by: str | None, t0: float = 1795336100.0
) -> list[bytes]:
    """A call into a queue that rings several member interfaces (FreePBX style Local channels)."""
    trunk = channel(TRUNK, linkedid, linkedid, exten=did, caller=caller)
    base, seq = linkedid.split(".")
    events = [
        event("Newchannel", trunk, timestamp=t0),
        event("QueueCallerJoin", trunk, Queue="400", Position="1", Count="1", timestamp=t0),
    ]
    legs = {}
    for i, member in enumerate(members):
        leg = channel(
            f"{member}-000000{i:02x};1",
            f"{base}.{int(seq) + 10 + i}",
            linkedid,
            state="Down",
            context="from-queue",
            exten="400",
        )
        legs[member] = leg
        events.append(
            event("DialBegin", trunk, {("Dest" + k): v for k, v in leg.items()}, DialString=member, timestamp=t0 + 1)
        )
    if answered_by:
        for member, leg in legs.items():
            status = "ANSWER" if member == answered_by else "CANCEL"
            events.append(
                event("DialEnd", trunk, {("Dest" + k): v for k, v in leg.items()}, DialStatus=status, timestamp=t0 + 5)
            )
        events.append(event("Hangup", trunk, Cause="16", timestamp=t0 + 70))
    else:
        events.append(
            event(
                "QueueCallerAbandon",
                trunk,
                Queue="400",
                Position="1",
                OriginalPosition="1",
                HoldTime="20",
                timestamp=t0 + 21,
            )
        )
        events.append(event("Hangup", trunk, Cause="16", timestamp=t0 + 21))
    return events
