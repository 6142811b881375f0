"""Word lists the parser matches against: one place for each list, as plain data.

Adding a variant is a one-line change here (with a test). Regular expressions built from these
lists live in :mod:`govdoc_nlp.patterns.compiled`.
"""

from __future__ import annotations

# ---------------------------------------------------------------- numbers and numerals
CHINESE_DIGITS = {
    "〇": 0, "○": 0, "零": 0, "0": 0, "O": 0, "o": 0, "Ｏ": 0, "洞": 0,
    "一": 1, "壹": 1, "二": 2, "贰": 2, "两": 2, "三": 3, "叁": 3, "四": 4, "肆": 4,
    "五": 5, "伍": 5, "六": 6, "陆": 6, "七": 7, "柒": 7, "八": 8, "捌": 8, "九": 9, "玖": 9,
}
CHINESE_NUMERAL_CHARS = "〇○零一二三四五六七八九十百千两壹贰叁肆伍陆柒捌玖拾"

# ---------------------------------------------------------------- bodies and kinds
CPPCC_WORDS = ("政协", "政治协商会议", "政協")
CONGRESS_WORDS = ("人大", "人民代表大会", "人代会", "人民代表")
# The word a reply uses for what it answers, in the order they are looked for.
PROPOSAL_KINDS = ("提案", "议案", "建议", "批评和意见", "批评意见", "意见")
MEMBER_ROLE_CPPCC = ("委员", "委員")
MEMBER_ROLE_CONGRESS = ("代表",)

# ---------------------------------------------------------------- title
TITLE_ENDINGS = (
    "答复函", "答复的函", "答复", "的复函", "复函", "回复", "函复", "办理意见的函", "会办意见", "协办意见", "協辦意見",
    "办理意见", "的函", "答復", "答覆", "復函", "回覆", "办理单", "回复单", "答复单", "辦理單", "回復單", "答復單",
    "建议办理情况", "提案办理情况", "建议办理落实情况", "提案办理落实情况", "建议及办理情况", "提案及办理情况", "答复意见", "答復意見",
)

# ---------------------------------------------------------------- addressee
ADDRESSEE_ROLES = (
    "区人大代表", "县人大代表", "市人大代表", "省人大代表", "全国人大代表", "人大代表", "政协委员",
    "代表团", "代表", "委员", "委員", "同志", "副主席", "主席", "副主任", "主任", "先生", "女士", "老师", "议员",
)
HONORIFICS = ("尊敬的", "尊敬")
# Common surnames (simplified and traditional), for a salutation that gives only the surname (温代表：).
# Surnames that are also function words (和, 全, 于, 向, 时 …) are left out on purpose.
SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔"
    "钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵钱严覃武戴莫孔汤温常康施牛樊葛邢"
    "齐易乔伍庞颜倪庄聂章鲁岳翟殷詹欧耿兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕季裴霍涂苗谷盛曲翁冉骆蓝游辛靳"
    "管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤穆卓缪项芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂佟臧闵苟邬卞姬仇栾隋"
    "巫寇桑郎甄丛仲虞敖巩佘麻苑迟邝"
    "劉陳楊黃趙吳孫馬羅鄭謝許韓馮鄧蕭蔣葉蘇呂盧鍾譚陸賈韋鄒閻龍陶賀顧龔錢嚴湯溫顏聶魯歐蘭寧紀淩畢駱藍靳鮑華饒"
)
GREETINGS = ("您好", "你好", "你们好", "您們好", "你們好")
DEMOCRATIC_PARTIES = ("民革", "民盟", "民建", "民进", "民進", "农工党", "農工黨", "致公党", "致公黨", "九三学社", "九三學社", "台盟", "工商联", "工商聯")
"""Bodies that file collective proposals; addressed by name, sometimes without a colon."""
ORG_ADDRESSEE_SUFFIXES = (
    "委员会", "委員會", "市委", "县委", "区委", "省委", "街道办事处", "街道", "镇人民政府", "人民政府", "镇", "乡",
    "局", "委", "办", "厅", "公司", "中心", "学社", "工商联", "联合会", "民革", "民盟", "民建", "民进", "农工党", "致公党",
    "台盟", "九三学社", "支部", "党组", "小组", "联络组", "工作组", "工委", "代委员组", "委员组", "代表组", "界别组", "界別組",
    "办公室", "研究室", "部", "馆", "总工会", *("妇联", "残联", "科协", "侨联", "文联"), "界别", "界別", "界",
)
MASS_ORGANISATIONS = ("妇联", "残联", "科协", "侨联", "文联", "工商联", "总工会", "红十字会")
"""Short names of people's organisations that sign replies (县妇联, 平川县残联)."""

# ---------------------------------------------------------------- commitments
# Markers of the future that open a commitment passage (contract: to the end of the paragraph).
FUTURE_MARKERS = (
    "在今后的工作中", "在今后工作中", "今后工作中", "在下一步工作中", "下一步工作中", "下步工作中",
    "下一阶段", "下一步", "下步", "接下来", "今后", "后续", "未来", "近期",
)
# Markers that always look ahead, even without a future verb next to them.
# Markers that also name a time in the past or in general (今后一段时间以来): they open a passage
# only when a verb of the future follows and no past verb does.
WEAK_FUTURE_MARKERS = ("今后", "未来", "近期", "后续")
# A sentence's opening frame without a subject of its own (按初步设计，该路段…，计划…).
FRAME_OPENERS = ("按照", "按", "根据", "根據", "依据", "依據", "经过", "經過", "经", "經")
# Words that make a sentence a question, so that its ? is no character a copy lost (拟下?万元).
QUESTION_WORDS = ("吗", "嗎", "呢", "什么", "什麼", "为何", "為何", "为什么", "為什麼", "怎", "如何", "是否", "能否", "可否", "哪", "几", "幾", "何时", "何時")
# What a finished project will bring (通车后将大幅提升…): degree words, then effect verbs.
EFFECT_DEGREES = ("大幅", "有效", "极大", "极大地", "彻底", "明显", "进一步", "更好地", "切实")
EFFECT_VERBS = ("提升", "缓解", "解决", "改善", "方便", "满足", "提高", "减少", "降低", "带动", "促进", "惠及")
# Bodies that are never the replying department when they open a sentence (省高速公路集团已将…，计划…).
ENTERPRISE_ENDINGS = ("集团", "集團", "公司", "银行", "銀行", "医院", "醫院", "学校", "學校")
# Words naming a plan as a sentence's subject (“十五五”规划已列入…，计划将…).
PLAN_WORDS = ("规划", "規劃", "计划", "計劃", "方案")
# Times still to come that make 将…纳入 a promise (明年将…纳入, 年底前将…).
TIMES_TO_COME = ("今年内", "今年內", "明年", "下半年", "年底前", "年内", "年內", "近期")
# Verbs of intention that make a replier's sentence a commitment.
# Adverbs between a subject and its intent verb (我局也将…, 我局初步计划…): not part of the subject.
SUBJECT_TRAIL_ADVERBS = (
    "也", "还", "還", "仍", "都", "均", "会", "會", "正", "又", "亦", "一定", "必须", "必須", "坚决", "堅決", "将继续",
    "也会", "还会", "更", "初步", "并",
)
INTENT_VERBS = ("将", "拟", "计划", "力争", "將", "擬", "計劃", "力爭")
# 将 directly before one of these is the 把/介词 sense or another word, not the future.
JIANG_NOT_FUTURE_NEXT = ("近", "军", "领", "士", "就", "信将疑", "计就计", "成为", "成為", "有", "得到", "得以")
# Words right before 将 that make it 把 (现将…答复如下), past (已将) or a prediction (必将).
# Words opening a condition (如按照建议把…，将会…): what follows 将会 is its consequence, not a promise.
CONDITION_OPENERS = ("如按照", "如按", "如果", "假如", "倘若", "若按照", "若", "如", "要是", "一旦")
JIANG_NOT_FUTURE_PREV = ("现", "已", "业已", "已经", "均已", "必", "势必", "如", "若", "如果", "一旦", "即", "并已", "也已", "都已", "已于", "曾", "即将")
# Words that after 将 show the future reading (adverbs, prepositions, verbs of work).
JIANG_FUTURE_NEXT = (
    "高标准", "高质量", "高起点", "高水平", "高規格", "高规格", "分阶段", "分批", "分步", "分期", "逐年", "予以", "继续", "进一步", "积极", "加大", "加强", "不断", "重点", "全力", "尽快", "逐步", "会同", "与", "在", "于", "按照",
    "根据", "结合", "以", "把", "对", "认真", "持续", "着力", "切实", "严格", "全面", "大力", "适时", "优先", "及时",
    "主动", "努力", "力争", "争取", "协调", "组织", "开展", "推动", "推进", "做好", "抓好", "深入", "由", "联合", "建议",
    "督促", "指导", "配合", "研究", "加快", "完善", "建立", "健全", "实施", "启动", "安排", "落实", "强化", "统筹",
    "进行", "积极", "认真", "会", "同", "和", "向", "从", "围绕", "坚持", "密切", "充分", "采取", "多", "再", "另行",
    "纳入", "列入", "每", "定期", "按", "按月", "按季度", "逐年", "分期", "分批", "分步", "力爭", "继續", "進一步", "積極", "加強", "會同", "與", "對", "認真", "紧紧", "继", "一如既往", "择机",
    "尽全力", "竭尽全力", "竭力", "虚心", "协商", "商请", "配合做好",
)
# Subjects that are not the replier (该项目将…, 这些措施将…).
NON_REPLIER_SUBJECT_STARTS = (
    "该", "這", "这", "此", "上述", "其", "它", "項目", "项目", "工程", "措施", "意见", "指南", "網站", "网站", "設施", "设施", "资金", "資金", "线路", "線路",
    "施工单位", "施工方", "建设单位", "承建单位", "中标单位",
)
# What a works' name ends with when the works is a sentence's subject (城东水厂扩建工程已于…开工，计划…).
WORKS_WORDS = ("工程", "项目", "項目")
REPLIER_PRONOUNS = ("我们", "我們", "我局", "我委", "我厅", "我部", "我办", "我院", "我站", "我中心", "我市", "我县", "我区", "我镇", "我乡", "我处", "我司", "我署", "我会", "我所", "本局", "本委", "本部门", "我单位", "我部门", "我街道", "我队", "我校", "我馆", "我行", "我公司", "我分局")
OWN_UNIT_SUFFIXES = ("处", "處", "科", "股", "室", "所", "站", "中队", "大队")
"""A unit inside the replying department (市政处, XX管理处, 规划股): its plans are the replier's."""
OTHER_BODY_WORDS = ("局", "厅", "廳", "委", "部", "院", "办", "辦", "政府", "公司", "集团", "集團", "银行", "銀行", "医院", "醫院", "学校", "學校")
"""Words naming another body, which make a unit someone else's (县财政局预算股, 省厅规划处)."""
PLACE_PRONOUNS = ("我市", "我县", "我区", "我镇", "我乡", "我省", "我州", "我旗")
DEPARTMENT_VOICES = ("我局", "我委", "我厅", "我办", "本局", "本委", "我分局")
"""How a department names itself in its letter: the voice of a reply whose signature is lost."""
"""The place, not the replier, when a department replies (我市 in a city police reply); the
replier itself when a government or its office does."""
GOVERNMENT_ISSUER_ENDINGS = ("人民政府", "政府", "人民政府办公室", "政府办公室", "人民政府办公厅", "办事处", "管委会")
PAST_MARKERS = ("已", "了")
"""In the subject or clause of a 将/拟 sentence, these make it a report of the past."""
# Strength of a commitment from its wording, strongest first.
# (matching runs on text folded to simplified characters: traditional spellings are not needed)
STRENGTH_FIRM = ("确保", "一定", "必须", "坚决")
STRENGTH_PLANNED_VERBS = ("计划", "拟", "预计")
"""…planned when followed by a time: 计划于, 拟在, 预计明年…"""
STRENGTH_PLANNED_WORDS = ("力争",)
STRENGTH_VAGUE = ("积极", "争取", "研究", "适时", "逐步", "尽快", "探索", "努力", "待", "视情", "条件成熟", "可能")

# ---------------------------------------------------------------- closing, signature
CLOSING_PHRASES = (
    "感谢", "感謝", "谢谢", "謝謝", "此致", "敬礼", "敬禮", "特此答复", "特此函复", "专此答复", "专此函复", "專此",
    "特此", "以上答复", "以上答復", "如有不妥", "敬请反馈", "欢迎", "歡迎", "恳请", "懇請", "希望您", "希望你", "祝您",
    "顺祝", "再次感谢", "衷心感谢", "诚挚感谢", "非常感谢",
)
ORG_SUFFIXES = (
    "人民政府办公室", "人民政府办公厅", "人民政府", "办公室", "办公厅", "委员会", "管理局", "分局", "总局", "支队", "大队",
    "中队", "局", "厅", "委", "办", "部", "署", "院", "站", "中心", "公司", "集团", "所", "处", "科", "队", "会", "校",
    "馆", "街道", "镇", "乡", "社", "行", "政府", "事务局", "办事处", "联合会", "委員會", "辦公室", "辦公廳", "廳", "辦",
    "政府辦公室", "分局", "縣", "鎮", "處", "館", "司", *MASS_ORGANISATIONS,
)

# ---------------------------------------------------------------- contact block
CONTACT_LABELS = {
    # label → field it fills; order matters only for readability
    "主办单位": "organizer",
    "主辦單位": "organizer",
    "承办单位": "organizer",
    "承辦單位": "organizer",
    "办理单位": "organizer",
    "联系单位": "organizer",
    "聯系單位": "organizer",
    "聯繫單位": "organizer",
    "协办单位": "co_organizer",
    "協辦單位": "co_organizer",
    "会办单位": "co_organizer",
    "會辦單位": "co_organizer",
    "分管单位": "co_organizer",
    "联系科室": "department",
    "联系处室": "department",
    "联系人": "person",
    "聯系人": "person",
    "聯繫人": "person",
    "承办人": "person",
    "承辦人": "person",
    "经办人": "person",
    "經辦人": "person",
    "办理人": "person",
    "承办人员": "person",
    "承辦人員": "person",
    "经办人员": "person",
    "主办人": "person",
    "主辦人": "person",
    "姓名": "person",
    "职务": "post",
    "職務": "post",
    "联系电话": "phone",
    "聯系電話": "phone",
    "聯繫電話": "phone",
    "联系方式": "phone",
    "聯繫方式": "phone",
    "电话": "phone",
    "電話": "phone",
    "手机": "phone",
    "传真": "fax",
    "傳真": "fax",
    "邮编": "postcode",
    "郵編": "postcode",
    "联系地址": "address",
    "地址": "address",
    "电子邮箱": "email",
    "邮箱": "email",
}
OFFICIAL_LABELS = (
    "承办负责人", "承辦負責人", "分管领导人", "分管领导", "分管領導", "主管领导人", "主管领导", "主管領導", "单位负责人", "單位負責人", "签发人", "簽發人",
    "领导签字", "審簽", "审签人", "审核人", "核稿人", "负责人", "负责领导", "負責領導",
)
COPY_LABELS = ("抄送", "抄报", "分送", "送")
COLOPHON_LABELS = ("主题词", "校对", "共印")
DISCLOSURE_PHRASES = ("同意公开", "不予公开", "依申请公开", "主动公开", "不公开")
# Endings of a post held (登记科科长, 办公室主任): after a unit, a post is no person's name.
POST_ENDINGS = ("长", "主任", "书记", "科员", "专员", "干部", "主席", "秘书")
# Values of a page's 公开范围 row, which end like a body's name (…会) but name none.
DISCLOSURE_SCOPES = ("面向全社会", "面向社会", "全社会", "社会公众")

# ---------------------------------------------------------------- web page residue
CHROME_LINE_STARTS = (
    "当前位置", "當前位置", "您当前的位置", "您的位置", "首页 >", "首页>", "首頁", "字号", "字號", "字体", "【打印", "【关闭",
    "[打印", "打印本页", "关闭窗口", "關閉窗口", "扫一扫", "掃一掃", "用微信扫", "分享到", "上一篇", "下一篇", "相关新闻",
    "相關新聞", "浏览次数", "瀏覽次數", "点击量", "點擊量", "访问量", "今天是", "无障碍", "無障礙", "长者模式", "正文内容区域",
    "网站标识码", "網站標識碼", "ICP", "京ICP", "公安备案", "版权所有", "版權所有", "技术支持", "技術支持", "网站地图",
    "责任编辑", "責任編輯", "编辑：", "编辑:", "审核：", "审核:", "审校：", "网站首页", "本站", "欢迎访问", "相关阅读", "相关链接", "相关文章", "相关信息", "推荐阅读", "延伸阅读", "热点推荐", "【责任编辑", "文章来源", "信息来源", "来源：", "來源：", "来源:", "來源:", "作者：", "作者:",
    "发布时间", "發布時間", "发布日期", "發布日期", "公开日期", "公开时间", "更新时间", "更新日期", "编稿时间", "時間:", "时间:", "时间：", "時間：", "收藏", "<!--",
    "【收藏", "【打印本頁", "网站支持IPv6", "上一条", "下一条", "上一頁", "下一頁", "上一页", "下一页", "Copyright", "copyright", "©", "登录", "注册", "邮箱登录", "简/繁", "繁体", "简体", "视力保护色",
)
CHROME_FOOTER_WORDS = ("主办单位", "承办单位", "主办：", "主办:", "承办：", "承办:", "联系我们", "网站主办", "运行维护", "维护单位", "主管单位", "主辦單位", "承辦單位", "网站标识码", "ICP", "备案", "版权所有", "技术支持", "网站联系电话", "網站標識碼", "備案")
NAV_WORDS = ("首页", "首頁", "政务公开", "政務公開", "政务服务", "政務服務", "互动交流", "互動交流", "机构概况", "機構概況", "走进", "走進", "专题专栏", "專題專欄", "新闻中心", "新聞中心", "信息公开", "信息公開", "办事服务", "辦事服務", "政民互动", "政民互動", "网站地图", "无障碍", "English")
SPAM_WORDS = ("彩票", "娱乐", "娛樂", "博彩", "棋牌", "真人", "澳门", "澳門", "赌场", "賭場", "投注", "官网平台", "官網平台", "百家乐", "百家樂", "老虎机", "捕鱼", "开户", "開戶", "体育app", "下注", "六合彩")
METADATA_LABELS = (
    "索引号", "发布机构", "主题分类", "公开方式", "生效日期", "废止日期", "成文日期", "公开范围", "主题词", "生成日期", "有效性",
    "信息名称", "名称：", "名称:", "标题：", "标题:", "摘要：", "摘要:", "号:", "称:", "词:", "发文机关", "發文機關", "发布机关", "發布機關", "中文名:", "中文名：",
)
# Literal words of which every web-chrome line below holds at least one (a fast pre-check).
WEB_CHROME_KEYWORDS = (
    "打印", "关闭", "收藏", "返回", "扫", "分享", "字", "背景色", "上一", "下一", "相关", "无障碍", "长者", "适老", "位置",
    "首页", "编辑", "附件", "ICP", "公网安备", "标识码", "版权", "Copyright", "©", "技术支持", "地图", "隐私", "联系我们",
    "IPv6", "Fragment", "来源", "來源", "发布机构", "作者", "浏览", "点击", "今天是", "col/col", "简", "繁", "×", "门户网站", "政府网", "人民政府网",
)
# Whole lines of web-page chrome, as regular expressions (whitespace collapsed first).
WEB_CHROME_LINE_PATTERNS: tuple[str, ...] = (
    r"^[【\[]?\s*打印(本页|此页|文章)?\s*[】\]]?\s*[【\[]?\s*关闭(本页|窗口)?\s*[】\]]?$",
    r"^[【\[]?\s*(打印本页|关闭窗口|打印|关闭|收藏|返回顶部|返回)\s*[】\]]?$",
    r"扫一扫.{0,12}(手机|当前页|二维码)|用微信扫.{0,4}二维码|扫码关注|分享(到|至)(微信|微博|好友|朋友圈|：|:)",
    r"^分享(到|至)?[:：]?$",
    r"^(19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s*(\d{1,2}:\d{2}(:\d{2})?)?\s*(来源|來源|信息来源|发布机构|作者|浏览|点击)\s*[:：]",
    r"^(日期|日\s期)\s*[:：]\s*(19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s*(\d{1,2}:\d{2}(:\d{2})?)?\s*(来源|來源|信息来源|发布机构|作者|浏览|点击)\s*[:：]",
    r"^字\s*号\s*[:：]?\s*[\[【(（]?\s*大\s*中\s*小\s*[\]】)）]?",
    r"字号\s*[:：]?\s*[\[【(（]?\s*大\s*中\s*小",
    r"^字体\s*[:：]\s*[\[【]",
    r"文字大小|背景色[:：]?$",
    r"^(上一篇|下一篇|上一条|下一条)\s*[:：]",
    r"^相关(新闻|链接|文章|阅读|信息|稿件)\s*[:：]?$",
    r"无障碍(浏览|阅读)|长者模式|正文内容区域请使用|^适老化",
    r"^(当前位置|您当前的位置|您的位置|您现在的位置|所在位置|当前所在位置|您所在的位置|您所在位置|您当前所在位置)\s*[:：]",
    r"^(?:网站)?首页\s*[>＞»/]",
    r"^责任编辑\s*[:：]|^附件(下载)?\s*[:：]?$|^编辑\s*[:：]\s*\S{0,6}$",
    r"ICP备|公网安备|网站标识码|版权所有|Copyright|©|技术支持\s*[:：]|网站地图|^隐私声明|联系我们\s*\|",
    r"网站支持IPv6|^IPv6",
    r"(Start|End)Fragment",
    r"^今天是\s*[:：]?",
    r"col/col\d+/index\.html",
    r"^\[?\s*(简|繁)\s*[/|]\s*(繁|简)\s*\]?$",
    r"^(×|x|X)$",
    r"^\S{2,30}(门户网站|政府网|人民政府网)$",
    r"^(?=.{4,60}$)首页\s*[|｜]?\s*\S{2,8}(\s*[|｜]?\s*\S{2,8}){2,}$",
)

# ---------------------------------------------------------------- is it a reply? (extract/kind.py)
# What a reply to a 建议/提案 says in its first lines: it has received the proposal and answers it.
# Words of a page's data rows (文号 | 浏览量 …): never the last words of a title.
PAGE_DATA_WORDS = ("文号", "文號", "浏览", "瀏覽", "点击", "點擊", "阅读", "閱讀", "发布", "發布", "来源", "來源", "日期", "时间", "時間", "索引", "分类", "分類", "公开", "公開", "访问", "訪問")
# Labelled fields of a handling form (提案办理回复单, 建议办理单) printed above or instead of the letter:
# label → what it states. Read in the head; used where the letter does not print the field.
HANDLING_FORM_FIELDS = {
    "提案名称": "proposal_title", "建议名称": "proposal_title", "提案题目": "proposal_title", "建议题目": "proposal_title",
    "案由": "proposal_title", "事由": "proposal_title", "提案名稱": "proposal_title", "建議名稱": "proposal_title",
    "办结时间": "reply_date", "办结日期": "reply_date", "办复时间": "reply_date", "答复时间": "reply_date", "答复日期": "reply_date",
    "代表姓名": "proposers", "委员姓名": "proposers", "提案人": "proposers", "建议人": "proposers", "领衔代表": "proposers",
    "主要承办单位": "reply_unit", "主办单位": "reply_unit", "承办单位": "reply_unit", "答复单位": "reply_unit", "主辦單位": "reply_unit",
}
# The role a form's proposer label names (代表姓名：张三 answers 张三, a 代表).
PROPOSER_LABEL_ROLES = {"代表姓名": "代表", "领衔代表": "代表", "委员姓名": "委员"}
# A form's section headers, alone on their line: never a title, although some end like one (受理回复).
FORM_SECTION_LABELS = ("受理回复", "答复内容", "回复内容", "办理结果", "处理结果", "回复情况", "答复意见", "办理情况", "问题答复", "官方回复")
# Labels of a question page's headline: 标题 X, or the line after 问政内容 (portal and mailbox pages).
QUESTION_TITLE_LABELS = ("信件标题", "留言标题", "问题标题", "标题", "标 题", "主题")
QUESTION_CONTENT_LABELS = ("问政内容", "问题内容", "留言内容", "咨询内容", "投诉内容", "来信内容")
# Title endings of replies beyond TITLE_ENDINGS: the forms some sites print.
REPLY_TITLE_EXTRA = ("回复单", "答复单", "办理回复", "答复意见", "办理情况答复", "答复书面意见", "建议办理情况", "提案办理情况", "批评和意见办理情况")
# A …办理情况 title that reports on a year's or a session's proposals, not on one: both kinds named
# (人大代表建议和政协委员提案办理情况), or a year before it and no number (2021年建议办理情况).
SUMMARY_TITLE_PATTERNS = (
    r"(?:建议|建議|议案)\p{Han}{0,2}[和、与及]\p{Han}{0,10}提案",
    r"提案\p{Han}{0,2}[和、与及]\p{Han}{0,10}(?:建议|建議)",
    r"^(?:19|20)\d{2}\s?年度?(?!.*[号號])",
)
# Openings that say outright the proposal was received and is answered.
STRONG_OPENINGS = ("收悉", "答复如下", "函复如下", "回复如下", "答覆如下", "答復如下")
REPLY_OPENINGS = ("收悉", "收到", "答复如下", "函复如下", "回复如下", "答覆如下", "答復如下", "现答复", "现函复", "现将办理情况", "交由我", "交我", "函告如下", "意见如下")
REPLY_CLOSINGS = ("特此答复", "特此函复", "专此答复", "专此函复", "特此回复", "此复", "特此答覆", "特此答復", "感谢您对", "感谢你对", "感谢您们对", "感谢贵", "感謝您對")
CATEGORY_LABELS = ("答复类别", "办复类别", "办理类别", "办理结果类别", "答覆類別", "答復類別")
# Words that mark the addressee or opening of a reply to a citizen's message, not to a deputy or member.
CITIZEN_MARKERS = (
    "网友", "网民", "留言", "来信", "来电", "信箱", "12345", "热线", "诉求", "咨询", "信访", "信息公开申请", "申请人",
    "市民", "居民", "村民", "網友", "留言人",
)
# A first line ending with one of these names another kind of document (unless it ends like a reply).
OTHER_GENRE_ENDINGS = (
    "报告", "总结", "通知", "通报", "公告", "公示", "说明", "方案", "纪要", "讲话", "简报", "综述", "一览表", "目录",
    "征询表", "意见表", "反馈表", "登记表", "汇总表", "办法", "提案", "建议", "议案", "答复书", "意见书", "决定", "规定",
    "督办函", "报告书", "年度报告", "情况", "汇编", "选登", "报告》", "总结》",
)
# Lines that open a news item.
NEWS_LEADS = ("本报讯", "本网讯", "讯（", "讯(", "记者", "通讯员", "据了解", "日前，", "近日，")
# Headline verbs of news items about proposal work.
NEWS_HEADLINE_WORDS = ("召开", "视察", "座谈会", "交办会", "协商会", "面商会", "推进会", "变成", "走访", "调研")

# Adverbial lead-ins that may stand before the subject of a marker's sentence (针对…，我局下一步将…).
LEAD_IN_PREPOSITIONS = ("针对", "根据", "按照", "对于", "對於", "关于", "關於", "结合", "結合", "就", "围绕", "圍繞", "为了", "為了", "鉴于", "鑒於")
# Words before a marker that make it part of a request or a prediction (敬请今后…, 我们会在今后…).
REQUEST_WORDS = ("希望", "敬请", "敬請", "请", "請", "欢迎", "歡迎", "期待", "盼", "感谢", "感謝", "会", "會", "要")

# ---------------------------------------------------------------- confidence (extract/confidence.py)
# In a title: page chrome that a letter's own title never holds (breadcrumbs, index fields, dates).
TITLE_CHROME = (">", "＞", "»", ",", "，", "|", "文号", "索引号", "公开日期", "发布日期", "发布时间", "发文日期", "来源", "浏览", "http", "www")
# Words a reply's title holds.
TITLE_REPLY_WORDS = ("答复", "复函", "办理", "回复", "意见", "提案", "建议", "議案", "答覆", "議", "议案", "函")
# Labels before a contact person or a phone number: a value was printed when one is in the text.
CONTACT_PERSON_LABELS = ("联系人", "聯繫人", "承办人", "承辦人", "经办人", "經辦人", "人姓名")
CONTACT_PHONE_LABELS = ("电话", "電話", "联系方式", "聯繫方式", "手机", "手機")
# Words a proposal title never holds: the opening sentence after it was read into it.
PROPOSAL_TITLE_SPILL = ("收悉", "感谢", "!", "！", "答复如下", "现答复")
# The warning the pipeline gives when a field is not found (extract/confidence.py reads it per field).
FIELD_WARNINGS = {"no_title": "title", "no_date": "date", "no_addressee": "addressee.names"}
# Labels that name the replying body in a form-like tail (承办单位：…): an issuer was printed.
ISSUER_LABELS = ("承办单位", "承辦單位", "主办单位", "主辦單位", "答复单位", "答覆單位", "办理单位", "辦理單位")
# Site chrome a crawled web page leaves in the text (its letters are read with more errors).
PAGE_CHROME = ("版权所有", "ICP", "网站标识码", "公网安备", "浏览次数", "信息来源", "发布时间", "扫一扫", "打印本页", "关闭窗口", "字号")
# Words that announce an action to come; a body holding them and no commitment may have lost one.
FUTURE_CUES = ("下一步", "今后", "下步", "将进一步", "将继续", "将积极", "将加快", "将按照", "将结合", "将组织", "将在")
