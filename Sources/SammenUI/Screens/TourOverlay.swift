/// The tour's text box, at the bottom of the screen so the screen it explains stays visible.
enum TourOverlay {
    static func draw(_ tour: TourState, _ state: AppState, into grid: inout Grid) {
        let s = state.strings
        let width = min(grid.width - 2, 96)
        let text = TextWidth.wrap(s[TourState.texts[tour.step]], to: max(10, width - 4))
        let height = min(grid.height - 2, text.count + 4)
        guard width > 12, height > 3 else { return }
        let rect = Rect(x: (grid.width - width) / 2, y: grid.height - height - 1, width: width, height: height)
        grid.fill(rect)
        grid.box(rect, style: Style(foreground: .yellow, bold: true),
                 title: s.text(.tourTitle, "\(tour.step + 1)", "\(TourState.stepCount)"), titleStyle: Style(foreground: .yellow, bold: true))
        for (i, line) in text.enumerated() where i < height - 3 {
            grid.put(line, x: rect.x + 2, y: rect.y + 1 + i, style: Style(bold: true))
        }
        grid.put(TextWidth.truncate(s[.tourKeys], to: width - 4), x: rect.x + 2, y: rect.maxY - 2, style: .muted)
    }
}
