/// The formats Sammen writes documents in: the meeting summary, the handover document.
///
/// - `md`: Markdown (CommonMark with GitHub tables), for e-mail and the case system's notes.
/// - `html`: one standalone XHTML-compatible HTML5 document with print CSS, to print or send.
/// - `txt`: plain text wrapped at 78 columns, no tables or markup, readable by screen readers.
public enum ExportFormat: String, CaseIterable, Sendable {
    case md, html, txt

    /// The file name extension: "md", "html", "txt".
    public var fileExtension: String { rawValue }

    /// The MIME type, for a mail attachment or a download.
    public var mimeType: String {
        switch self {
        case .md: return "text/markdown; charset=utf-8"
        case .html: return "text/html; charset=utf-8"
        case .txt: return "text/plain; charset=utf-8"
        }
    }
}
