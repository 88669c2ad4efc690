internal import CNCursesW

extension NCursesTerminal {
    /// Starts colour (unless monochrome) and defines one colour pair per role.
    ///
    /// Uses the terminal's default colours (−1) where the palette asks for
    /// them; if the terminal cannot, −1 becomes white on black.
    static func setUpColors(noColor: Bool) -> ColorPalette {
        guard !noColor, has_colors() else { return ColorPalette(colors: 0, noColor: true) }
        start_color()
        let defaults = use_default_colors() == OK
        let palette = ColorPalette(colors: Int(xs_colors()), noColor: false)
        for role in ColorRole.allCases {
            guard let e = palette.entry(role) else { continue }
            let fg = e.foreground < 0 && !defaults ? Int16(COLOR_WHITE) : e.foreground
            let bg = e.background < 0 && !defaults ? Int16(COLOR_BLACK) : e.background
            init_pair(ColorPalette.pairNumber(role), fg, bg)
        }
        return palette
    }

    /// The ncurses attributes and colour pair that draw `style` with `palette`.
    static func attributes(for style: Style, palette: ColorPalette) -> (attrs: attr_t, pair: Int16) {
        var attrs = xs_a_normal()
        guard let entry = palette.entry(style.role) else {
            let mono = style.monochrome
            if mono.bold { attrs |= xs_a_bold() }
            if mono.reverse { attrs |= xs_a_reverse() }
            if mono.underline { attrs |= xs_a_underline() }
            return (attrs, 0)
        }
        if style.bold || entry.bold { attrs |= xs_a_bold() }
        if style.reverse { attrs |= xs_a_reverse() }
        if style.underline { attrs |= xs_a_underline() }
        return (attrs, ColorPalette.pairNumber(style.role))
    }
}
