//! Server-sent events, as the streaming providers send them (OpenAI, Anthropic, Gemini with
//! `alt=sse`): events separated by a blank line, each with an optional `event:` name and
//! `data:` lines joined by newlines. Comments (`:`) and unknown fields are ignored.

/// One event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Event {
    pub name: String,
    pub data: String,
}

/// Every complete event of a stream body. A last event without its terminating blank line is
/// still returned: whether the stream was cut is for the provider's own end marker to say.
pub fn events(body: &[u8]) -> Vec<Event> {
    let text = String::from_utf8_lossy(body);
    let mut out = Vec::new();
    let mut name = String::new();
    let mut data: Vec<&str> = Vec::new();
    let flush = |name: &mut String, data: &mut Vec<&str>, out: &mut Vec<Event>| {
        if !data.is_empty() {
            out.push(Event {
                name: std::mem::take(name),
                data: data.join("\n"),
            });
        }
        name.clear();
        data.clear();
    };
    for line in text.split('\n') {
        let line = line.strip_suffix('\r').unwrap_or(line);
        if line.is_empty() {
            flush(&mut name, &mut data, &mut out);
            continue;
        }
        if line.starts_with(':') {
            continue;
        }
        let (field, value) = match line.split_once(':') {
            Some((f, v)) => (f, v.strip_prefix(' ').unwrap_or(v)),
            None => (line, ""),
        };
        match field {
            "event" => name = value.to_string(),
            "data" => data.push(value),
            _ => {}
        }
    }
    flush(&mut name, &mut data, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_named_and_multi_line_events() {
        let body =
            b": ping\r\nevent: a\r\ndata: {\"x\":1}\r\n\r\ndata: one\ndata: two\n\ndata: [DONE]";
        let e = events(body);
        assert_eq!(e.len(), 3);
        assert_eq!(e[0].name, "a");
        assert_eq!(e[0].data, "{\"x\":1}");
        assert_eq!(e[1].data, "one\ntwo");
        assert_eq!(e[2].data, "[DONE]");
        assert!(events(b"").is_empty());
        assert!(events(&[0xff, 0xfe, b'\n']).is_empty());
    }
}
