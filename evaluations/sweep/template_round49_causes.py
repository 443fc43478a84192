"""Put each extra row of a template_accuracy JSON in one cause by its notation (round 49, step 1).

The causes and their order are template-round47's table (first cause that fits). Rough by design: a sorting of
the extras to read, not a measure. Run: python3 evaluations/sweep/template_round49_causes.py NEW.json [OLD.json]"""
import collections
import json
import re
import sys

CAUSES = [
    ("rows of a pasted sheet (quote «… N»)", lambda l, q: re.search(r"…\s*[\d.,]+\s*%?$", q.strip())),
    ("another period's value", lambda l, q: re.search(r"năm (19|20)\d\d\b.*(so với|cùng kỳ)|từ mức|năm trước là|năm 20\d\d (là|đạt)", q)),
    ("a range's bound (từ A đến B, A-B)", lambda l, q: re.search(r"\d\s*[-–]\s*\d|từ [\d.,]+ (đến|tới)", q)),
    ("a pace or amount per year", lambda l, q: re.search(r"mỗi năm|hàng năm|hằng năm|bình quân|/năm", q)),
    ("a fraction's part or whole", lambda l, q: re.search(r"\d+/\d+", q)),
    ("an amount per unit or per share", lambda l, q: re.search(r"\bmỗi\b|/suất|trị giá|/người|/hộ", q)),
    ("a standing stock (hiện có, toàn tỉnh có …)", lambda l, q: re.search(r"hiện có|hiện nay|toàn (tỉnh|huyện|thành phố) có|cả nước có|có tổng số|đến nay(,)? có", q, re.I)),
    ("a rate of change with no level", lambda l, q: l.endswith("%") and re.search(r"\b(tăng|giảm)\s+[\d.,]+\s*%", q)),
    ("rates against a plan, shares of a whole (%)", lambda l, q: l.endswith("%")),
    ("a change said as its amount", lambda l, q: re.search(r"\b(tăng|giảm)( thêm)? [\d.,]+|gấp [\d.,]+ lần", q)),
    ("a zero", lambda l, q: re.search(r"không có|\b0\b", q)),
    ("a rank or an order", lambda l, q: re.search(r"thứ [\d]+|xếp hạng|hạng", q)),
    ("awards and attendance", lambda l, q: re.search(r"khen|giấy khen|bằng khen|giải|huy chương|tham dự|tham gia|đại biểu", q, re.I)),
    ("places or units an activity covered", lambda l, q: re.search(r"\b(tại|ở|trên địa bàn|cho) [\d.]+ (xã|huyện|phường|tỉnh|địa phương|đơn vị|điểm|trường|thôn)", q)),
]


def parse(e):
    m = re.match(r"(?:\(as \w+\) )?(\S+) (\S+ [^—]*?) — (.*?)(?: «(.*)»)?$", e, re.S)
    if not m:
        return "", "", e
    return m.group(2).strip(), m.group(3), m.group(4) or ""


def cause(e):
    lv, lab, q = parse(e)
    for name, test in CAUSES:
        if test(lv, q):
            return name
    return "counts and amounts of the period in no other cause"


def table(path):
    d = [c for c in json.load(open(path)) if c["unseen"]]
    by = collections.Counter(); src = collections.defaultdict(set)
    for c in d:
        for e in c["extra"]:
            k = cause(e); by[k] += 1; src[k].add(c["slug"])
    return d, by, src


if __name__ == "__main__":
    d, by, src = table(sys.argv[1])
    old = table(sys.argv[2])[1] if len(sys.argv) > 2 else collections.Counter()
    print("| cause | extra rows | sources | before |"); print("|---|---:|---:|---:|")
    for k, n in by.most_common():
        print(f"| {k} | {n} | {len(src[k])} | {old.get(k, 0)} |")
    print(f"| **total** | **{sum(by.values())}** | | **{sum(old.values())}** |")
