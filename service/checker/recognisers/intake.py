"""A class or course by its intake number: ``Lớp sơ cấp Phật học quận 3 khóa 14``, ``lớp bồi dưỡng khóa 3``,
``khóa học thứ 5`` — which intake, no count (zi-tp-ho-chi-minh-quan-3-phat-giao-phat-su-2022).  Not ``khóa`` followed
by what it counts (``khóa 2020 - 2024`` is a span of years, read elsewhere)."""

from __future__ import annotations

import re

from service.checker.recognisers import Rule

INTAKE = Rule("course-intake", "ordinal", "the intake number of a class or course",
              re.compile(r"(?i)(?<!\w)(?:lớp|khóa\s+học|khoá\s+học|trường|học\s+viện|đào\s+tạo|bồi\s+dưỡng|tập\s+huấn)"
                         r"(?!\w)[^.;:!?\n]{0,50}?(?<!\w)(?:kh[oó]a|khoá)\s+(?:thứ\s+)?(\d{1,3})(?![\d.,/]\d)"
                         r"(?!\s*(?:năm|tháng|ngày|học\s+viên|người|đồng\s+chí|[-–]\s*\d)(?!\w))"),
              needs=("khóa", "khoá"))
