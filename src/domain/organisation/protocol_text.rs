//! A protocol as text to paste or save: Markdown (for tools that render it) and plain text (for a messenger). The
//! UI words the document in the reader's language; this module only lays it out and keeps user text from being
//! read as markup.

/// A document: a title, lines under it (date, time, who attended), and sections of lines.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Doc {
    pub title: String,
    pub meta: Vec<String>,
    pub sections: Vec<Section>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Section {
    pub heading: String,
    pub lines: Vec<String>,
}

impl Doc {
    pub fn markdown(&self) -> String {
        let mut out = format!("# {}\n\n", escape(&self.title));
        for m in &self.meta {
            out.push_str(&escape(m));
            out.push_str("  \n");
        }
        for s in self.sections.iter().filter(|s| !s.lines.is_empty()) {
            out.push_str(&format!("\n## {}\n\n", escape(&s.heading)));
            for l in &s.lines {
                out.push_str(&format!("- {}\n", indent(&escape(l), "  ")));
            }
        }
        out
    }

    pub fn plain(&self) -> String {
        let mut out = format!("{}\n", self.title);
        for m in &self.meta {
            out.push_str(m);
            out.push('\n');
        }
        for s in self.sections.iter().filter(|s| !s.lines.is_empty()) {
            out.push_str(&format!("\n{}\n", s.heading.to_uppercase()));
            for l in &s.lines {
                out.push_str(&format!("• {}\n", indent(l, "  ")));
            }
        }
        out
    }
}

/// Backslash before every character Markdown could read as markup, so "*важно*" or "# 1" stay as typed.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '#' | '<' | '>' | '|'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// Continuation lines of a multi-line item indented under it.
fn indent(text: &str, by: &str) -> String {
    text.trim_end()
        .replace("\r\n", "\n")
        .replace('\n', &format!("\n{by}"))
}
