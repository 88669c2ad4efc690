extension ColorRole {
    /// The attributes that stand in for this role's colours on a monochrome
    /// terminal (`NO_COLOR`, `--no-color`, or no colour support).
    ///
    /// Only bold, reverse and underline are used. Roles that appear next to
    /// each other stay distinguishable: selection and status bars are reverse,
    /// highlights (search hits) are bold + underline so they still show
    /// inside a reversed selection, titles and figures are bold, headers and
    /// accents are underlined, errors are bold + reverse, bars are reverse
    /// (blank cells that must stay visible); normal, dim and border text is plain.
    public var monochromeAttributes: (bold: Bool, reverse: Bool, underline: Bool) {
        switch self {
        case .normal, .dim, .border: return (false, false, false)
        case .title, .figure, .prompt: return (true, false, false)
        case .header, .accent: return (false, false, true)
        case .selection, .status, .bar: return (false, true, false)
        case .highlight: return (true, false, true)
        case .error: return (true, true, false)
        }
    }
}

extension Style {
    /// This style as drawn without colour: the role's
    /// ``ColorRole/monochromeAttributes`` combined (OR) with the style's own
    /// bold, reverse and underline flags. The role is kept for reference but
    /// a monochrome terminal ignores it.
    public var monochrome: Style {
        let a = role.monochromeAttributes
        return Style(role, bold: bold || a.bold, reverse: reverse || a.reverse, underline: underline || a.underline)
    }
}
