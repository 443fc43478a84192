"""A week's end or start is a moment, not a week reported (round 58).

``(Dân Việt) Cuối tuần qua, Hội Nông dân (ND) tỉnh Nghệ An tổ chức hội nghị tổng kết công tác Hội và phong trào ND năm
2018, triển khai nhiệm vụ năm 2019`` (held-out xv-nghe-an-hoi-nong-dan-tinh-hoi-vien-von-vay-2018, coded 2018): a
lead naming ``tuần qua`` was read as a week's news (``Tuần qua, CDC Hà Nội ghi nhận 109 ca``, ``.mentions._headed_by_days``),
whose years in passing are no period, and the page read nothing.  But ``cuối tuần qua`` (last weekend), ``đầu tuần
này`` (early this week), ``giữa tuần`` name when a thing happened — here the meeting that reviews the year 2018 —
as ``Sáng 12/1`` does, not the span of days the figures cover.  The week's own words (``tuần qua``, ``tuần này``) are
a week of news only when no ``cuối`` / ``đầu`` / ``giữa`` places a moment in it."""

#: a lookbehind for a week's words: not "cuối tuần qua", "đầu tuần này", "giữa tuần qua" (one space or a newline)
WEEK_MOMENT = r"(?<!cuối\s)(?<!đầu\s)(?<!giữa\s)"
