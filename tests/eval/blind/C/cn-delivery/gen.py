#!/usr/bin/env python3
"""Blind test dump C/cn-delivery: 饭到家 (FanDaoJia) food-delivery platform vendor export.
Deterministic (seeded). Standard library only. Writes data/ and truth.json."""
import csv, json, os, random, uuid, datetime as dt

R = random.Random(20241106)
HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "data")
os.makedirs(DATA, exist_ok=True)

# ---------------------------------------------------------------- name lists
SURNAMES = [("王","wang"),("李","li"),("张","zhang"),("刘","liu"),("陈","chen"),("杨","yang"),("黄","huang"),
            ("赵","zhao"),("吴","wu"),("周","zhou"),("徐","xu"),("孙","sun"),("马","ma"),("朱","zhu"),("胡","hu"),
            ("郭","guo"),("何","he"),("高","gao"),("林","lin"),("罗","luo"),("郑","zheng"),("梁","liang"),
            ("谢","xie"),("宋","song"),("唐","tang"),("许","xu"),("韩","han"),("冯","feng"),("邓","deng"),
            ("曹","cao"),("彭","peng"),("曾","zeng"),("肖","xiao"),("田","tian"),("董","dong"),("袁","yuan"),
            ("潘","pan"),("蒋","jiang"),("蔡","cai"),("余","yu"),("杜","du"),("叶","ye"),("程","cheng"),
            ("苏","su"),("魏","wei"),("吕","lv"),("丁","ding"),("沈","shen"),("姚","yao"),("卢","lu"),
            ("崔","cui"),("钟","zhong"),("谭","tan"),("陆","lu"),("汪","wang"),("范","fan"),("金","jin"),
            ("廖","liao"),("夏","xia"),("方","fang"),("邹","zou"),("熊","xiong"),("秦","qin"),("江","jiang"),
            ("顾","gu"),("毛","mao"),("龚","gong"),("钱","qian"),("戴","dai"),("孔","kong")]
GIVEN = [("伟","wei"),("芳","fang"),("娜","na"),("秀英","xiuying"),("敏","min"),("静","jing"),("丽","li"),
         ("强","qiang"),("磊","lei"),("军","jun"),("洋","yang"),("勇","yong"),("艳","yan"),("杰","jie"),
         ("娟","juan"),("涛","tao"),("明","ming"),("超","chao"),("秀兰","xiulan"),("霞","xia"),("平","ping"),
         ("刚","gang"),("建华","jianhua"),("子涵","zihan"),("浩然","haoran"),("欣怡","xinyi"),("梓萱","zixuan"),
         ("宇轩","yuxuan"),("一诺","yinuo"),("思远","siyuan"),("佳琪","jiaqi"),("俊杰","junjie"),("雨桐","yutong"),
         ("文博","wenbo"),("晓东","xiaodong"),("海燕","haiyan"),("志强","zhiqiang"),("婷婷","tingting"),
         ("鹏","peng"),("晨","chen"),("颖","ying"),("倩","qian"),("琳","lin"),("凯","kai"),("鑫","xin"),
         ("浩","hao"),("雪","xue"),("慧","hui"),("玲","ling"),("斌","bin"),("辉","hui"),("晓燕","xiaoyan"),
         ("国庆","guoqing"),("红梅","hongmei"),("春生","chunsheng"),("家豪","jiahao"),("诗涵","shihan")]
NICK_PHRASES = ["一只快乐的小猫", "夏天的风", "今天也要好好吃饭", "干饭人", "芒果不加冰", "深夜食堂常客",
                "奶茶续命", "momo", "Sunny", "小確幸", "不吃香菜", "打工人", "橘子汽水", "清风徐来", "Leo",
                "减肥从明天开始", "吃饱了再说"]

def person():
    s, sp = R.choice(SURNAMES)
    g, gp = R.choice(GIVEN)
    return {"name": s + g, "sur": s, "given": g, "sp": sp, "gp": gp}

# ---------------------------------------------------------------- phones
MOBILE_PFX = ["130","131","132","133","135","136","137","138","139","150","151","152","155","156","157",
              "158","159","166","171","173","176","177","178","180","181","182","183","185","186","187",
              "188","189","191","198","199"]
def mobile():
    return R.choice(MOBILE_PFX) + "".join(R.choice("0123456789") for _ in range(8))
def fmt_mobile(m, style=None):
    style = style if style is not None else R.random()
    if style < 0.55: return m
    if style < 0.92: return f"{m[:3]} {m[3:7]} {m[7:]}"
    return f"+86 {m[:3]} {m[3:7]} {m[7:]}"

# ---------------------------------------------------------------- 身份证 (GB 11643, ISO 7064 MOD 11-2)
REGIONS = ["310104","310115","310112","330106","330108","340104","341222","412726","411381","510722",
           "511323","360732","421127","450881","430524","320382","370983","522121","410526","342401"]
W = [7,9,10,5,8,4,2,1,6,3,7,9,10,5,8,4,2]
def id_check(first17):
    return "10X98765432"[sum(int(a)*b for a, b in zip(first17, W)) % 11]
def id_card(birth, male):
    seq = R.randint(0, 99) * 10 + R.choice([1,3,5,7,9] if male else [0,2,4,6,8])
    seq = f"{seq:03d}"
    f17 = R.choice(REGIONS) + birth.strftime("%Y%m%d") + seq
    return f17 + id_check(f17)

# ---------------------------------------------------------------- UnionPay cards (Luhn)
def luhn_digit(partial):
    s = 0
    for i, ch in enumerate(reversed(partial)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9: d -= 9
        s += d
    return str((10 - s % 10) % 10)
def luhn_ok(num):
    return luhn_digit(num[:-1]) == num[-1]
BINS = [("622202",19,"中国工商银行"),("621226",19,"中国工商银行"),("622848",19,"中国农业银行"),
        ("621700",19,"中国建设银行"),("622588",16,"招商银行"),("621483",16,"招商银行"),
        ("621799",19,"中国邮政储蓄银行"),("622262",19,"交通银行")]
def unionpay():
    b, n, bank = R.choice(BINS)
    body = b + "".join(R.choice("0123456789") for _ in range(n - len(b) - 1))
    return body + luhn_digit(body), bank

# ---------------------------------------------------------------- places
CITIES = {
 "上海市": {"code": "310100", "lat": 31.20, "lng": 121.45, "plate": "沪", "districts": {
     "徐汇区": (["漕溪北路","虹桥路","宜山路","田林路","钦州北路","龙华中路"], ["漕河泾站","徐家汇站"]),
     "浦东新区": (["张杨路","世纪大道","杨高南路","峨山路","锦绣路","博山东路"], ["陆家嘴站","金桥站"]),
     "静安区": (["南京西路","延平路","共和新路","汶水路","大宁路"], ["大宁站","静安寺站"]),
     "闵行区": (["七莘路","都市路","沪闵路","莲花南路","春申路"], ["莘庄站","春申站"])}},
 "杭州市": {"code": "330100", "lat": 30.27, "lng": 120.15, "plate": "浙", "districts": {
     "西湖区": (["文三路","教工路","古墩路","天目山路","学院路"], ["文三站","古荡站"]),
     "滨江区": (["江南大道","网商路","滨盛路","长河路"], ["滨江站"]),
     "拱墅区": (["莫干山路","湖墅南路","大关路","丰潭路"], ["大关站"])}},
}
COMMUNITIES = ["田林十二村","康健新村","汇成一村","金桥新城","锦绣苑","世纪花园","大宁金茂府","阳光水岸",
               "春申景城","莘城苑","古荡新村","翠苑三区","白云深处","江南名府","星耀城","信达大厦",
               "汇金国际","嘉里中心","城市之光","紫金港公寓"]
def address(city=None):
    city = city or R.choice(list(CITIES))
    c = CITIES[city]
    dist = R.choice(list(c["districts"]))
    street = R.choice(c["districts"][dist][0])
    no = R.randint(1, 2200)
    comm = R.choice(COMMUNITIES)
    tail = R.choice([f"{R.randint(1,32)}号楼{R.randint(1,28)}{R.randint(1,4):02d}室",
                     f"{R.choice('ABCD')}座{R.randint(2,36)}层 前台",
                     f"{R.randint(1,12)}栋{R.randint(1,6)}单元{R.randint(1,18)}0{R.randint(1,4)}",
                     f"{R.randint(1,9)}号门 {R.randint(1,30)}楼"])
    full = R.choice([f"{city}{dist}{street}{no}号 {comm} {tail}",
                     f"{dist}{street}{no}号{comm}{tail}",
                     f"{city[:-1]}{dist}{street}{no}弄{comm} {tail}"])
    lat = round(c["lat"] + R.uniform(-0.09, 0.09), 6)
    lng = round(c["lng"] + R.uniform(-0.12, 0.12), 6)
    return full, lat, lng, city, dist

IP_PFX = ["116.228","183.192","223.104","114.86","58.246","120.229","112.96","36.110","101.68","117.136",
          "115.196","125.118","39.144","60.186"]
def ip():
    return f"{R.choice(IP_PFX)}.{R.randint(1,254)}.{R.randint(1,254)}"

def rdt(a, b):
    return a + dt.timedelta(seconds=R.randint(0, int((b - a).total_seconds())))
def sqldt(t): return t.strftime("%Y-%m-%d %H:%M:%S")

IOS_MODELS = ["iPhone14,5","iPhone15,2","iPhone13,2","iPhone16,1","iPhone12,1"]
AND_MODELS = [("HUAWEI","NOH-AN00"),("Xiaomi","2211133C"),("OPPO","PGEM10"),("vivo","V2227A"),
              ("HONOR","ANY-AN00"),("Redmi","22081212C"),("OnePlus","PHB110")]
def user_agent():
    r = R.random()
    if r < 0.4:
        ios = R.choice(["16.6.1","17.0.3","17.1.1","17.1.2","15.7.9"])
        return f"FanDaoJia/{R.choice(['8.12.0','8.11.3','8.12.1'])} ({R.choice(IOS_MODELS)}; iOS {ios}; Scale/3.00)", "iOS " + ios
    if r < 0.8:
        b, m = R.choice(AND_MODELS); av = R.choice(["11","12","13","14"])
        return f"FanDaoJia/{R.choice(['8.12.0','8.11.3'])} (Android {av}; {b} {m}; okhttp/4.9.3)", "Android " + av
    b, m = R.choice(AND_MODELS); av = R.choice(["12","13"])
    return (f"Mozilla/5.0 (Linux; Android {av}; {m} Build/TP1A.220624.014; wv) AppleWebKit/537.36 (KHTML, like Gecko) "
            f"Version/4.0 Chrome/107.0.5304.141 Mobile Safari/537.36 XWEB/5317 MMWEBSDK/20230805 MicroMessenger/8.0.42.2460(0x28002A58) "
            f"WeChat/arm64 Weixin NetType/WIFI Language/zh_CN ABI/arm64 miniProgram"), "Android " + av

# ================================================================ generate people
N_USERS, N_RIDERS = 150, 40
users = []
used_phones = set()
def uniq_mobile():
    while True:
        m = mobile()
        if m not in used_phones:
            used_phones.add(m); return m
for i in range(N_USERS):
    p = person()
    uid = (users[-1]["id"] if users else 10000) + R.randint(1, 12)
    r = R.random()
    if r < 0.35: uname = f"{p['sp']}{p['gp']}{R.randint(1,99):02d}"
    elif r < 0.55: uname = f"{p['gp']}_{p['sp']}{R.choice(['','88','666','2019'])}"
    elif r < 0.8: uname = "wx_" + "".join(R.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(8))
    else: uname = R.choice(["chihuo","lazycat","xiaoyu","tangtang","mumu","daxiong","keke"]) + f"_{R.randint(100,9999)}"
    r = R.random()
    if r < 0.3: nick = p["name"]
    elif r < 0.55: nick = R.choice([f"{p['sur']}小{p['given'][-1]}", f"爱吃火锅的{p['given']}", f"吃货{p['sur']}{p['given'][-1]}", f"{p['given']}{p['given'][-1]}"])
    else: nick = R.choice(NICK_PHRASES)
    m = uniq_mobile()
    reg = rdt(dt.datetime(2018, 3, 1), dt.datetime(2024, 9, 30))
    last = rdt(max(reg, dt.datetime(2024, 8, 1)), dt.datetime(2024, 11, 5, 23, 0))
    ua, osv = user_agent()
    addr = address()
    users.append({"id": uid, "p": p, "uname": uname, "nick": nick, "mobile": m, "mobile_fmt": fmt_mobile(m),
                  "reg": reg, "last": last, "level": "超级会员" if R.random() < 0.28 else "普通",
                  "status": "正常" if R.random() < 0.95 else "冻结", "ip": ip(), "ua": ua, "os": osv,
                  "dev": (str(uuid.UUID(int=R.getrandbits(128), version=4)).upper() if osv.startswith("iOS")
                          else "".join(R.choice("0123456789abcdef") for _ in range(16))),
                  "addr": addr, "invite": "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6)),
                  "avatar": f"https://img.fandaojia.cn/avatar/{R.getrandbits(64):016x}.jpg"})

riders = []
for i in range(N_RIDERS):
    male = R.random() < 0.88
    p = person()
    if not male and len(p["given"]) == 1 and p["given"] in "强刚军勇磊涛斌": p["given"] = "丽"; p["name"] = p["sur"] + "丽"
    birth = dt.date(R.randint(1972, 2004), R.randint(1, 12), R.randint(1, 28))
    city = R.choice(["上海市"] * 3 + ["杭州市"] * 2)
    c = CITIES[city]
    dist = R.choice(list(c["districts"]))
    station = R.choice(c["districts"][dist][1])
    card, bank = unionpay()
    ec = person()
    riders.append({"id": 501 + i, "p": p, "idno": id_card(birth, male), "mobile": uniq_mobile(), "birth": birth,
                   "hire": dt.date(2019, 1, 1) + dt.timedelta(days=R.randint(0, 2100)),
                   "plate": f"{c['plate']}{R.choice('ABDEF')}·{''.join(R.choice('0123456789ABCDEFGHJKLMN') for _ in range(5))}",
                   "card": card, "bank": bank, "city": city, "station": f"{city[:-1]}{station}",
                   "kind": R.choice(["专送","专送","众包"]),
                   "ec_name": ec["name"], "ec_rel": R.choice(["配偶","父亲","母亲","哥哥","姐姐","朋友"]),
                   "ec_phone": uniq_mobile(), "status": "在职" if R.random() < 0.85 else "离职"})
for r_ in riders:
    assert len(r_["idno"]) == 18 and id_check(r_["idno"][:17]) == r_["idno"][17]
    assert luhn_ok(r_["card"])

# ---------------------------------------------------------------- merchants (CONTROL)
SHOPS = {"老街牛肉面":"面食","川味小馆":"川湘菜","粥先生":"粥店","巴蜀烤鱼":"川湘菜","一点点奶茶":"奶茶果汁",
         "蜜雪冰城":"奶茶果汁","沙县小吃":"小吃","兰州拉面":"面食","黄焖鸡米饭":"快餐简餐","杨国福麻辣烫":"小吃",
         "张亮麻辣烫":"小吃","绝味鸭脖":"小吃","喜茶":"奶茶果汁","必胜客":"西式快餐","肯德基":"西式快餐",
         "麦当劳":"西式快餐","南翔小笼":"江浙菜","东北饺子馆":"面食","重庆小面":"面食","新疆大盘鸡":"快餐简餐",
         "湘菜馆":"川湘菜","潮汕牛肉火锅":"火锅","避风塘茶餐厅":"粤菜","烧鹅仔":"粤菜","吉野家":"快餐简餐",
         "和府捞面":"面食","老盛昌汤包":"江浙菜","外婆家":"江浙菜","绿茶餐厅":"江浙菜","知味观":"江浙菜",
         "新白鹿":"江浙菜","弄堂里":"江浙菜","阿香米线":"面食","尊宝比萨":"西式快餐","瑞幸咖啡":"咖啡",
         "星巴克":"咖啡","满记甜品":"甜品","鲍师傅糕点":"甜品","正新鸡排":"小吃","袁记云饺":"面食"}
SHOP_NAMES = list(SHOPS)
merchants = []
for i in range(80):
    city = R.choice(list(CITIES)); c = CITIES[city]
    dist = R.choice(list(c["districts"])); street = R.choice(c["districts"][dist][0])
    brand = R.choice(SHOP_NAMES)
    name = brand + R.choice(["", f"（{street}店）", f"（{dist[:-1]}店）", f"（{R.choice(COMMUNITIES)}店）"])
    area = "021" if city == "上海市" else "0571"
    tel = R.choice([f"{area}-{R.randint(5000,6999)}{R.randint(1000,9999)}", f"{area}-{R.randint(5000,6999)} {R.randint(1000,9999)}",
                    f"400-{R.randint(100,999)}-{R.randint(1000,9999)}"])
    merchants.append([f"S{R.randint(10000000, 99999999)}", name, SHOPS[brand], city, dist,
                      f"{street}{R.randint(1,2200)}号{R.choice(['','1楼','B1层','104室','沿街商铺'])}",
                      tel, R.choice(["09:00-21:00","10:00-22:00","07:00-14:00,16:00-20:30","00:00-24:00","10:30-02:00"]),
                      R.choice([15,18,22,25,28,32,38,45,60,88]), round(R.uniform(3.9, 4.9), 1), R.randint(30, 9000)])
with open(os.path.join(DATA, "merchants_商家列表.csv"), "w", encoding="utf-8-sig", newline="") as f:
    w = csv.writer(f)
    w.writerow(["商家ID","商家名称","品类","城市","区县","详细地址","联系电话","营业时间","人均消费(元)","评分","月售"])
    w.writerows(merchants)

# ---------------------------------------------------------------- orders
def order_no():
    n = R.choice([18, 19, 19])
    return int("1" + "".join(R.choice("0123456789") for _ in range(n - 1)))
cats_remark = set()
REMARKS_PLAIN = ["不要香菜", "少辣，多放点醋", "放门口就行，不用敲门", "餐具不用了，环保", "", "", "", "",
                 "电梯坏了麻烦走一下楼梯 谢谢", "多给两包番茄酱", "微辣", "请尽快送达，赶时间", "不要葱姜蒜",
                 "外卖放外卖柜", "到了别按门铃，宝宝在睡觉"]
def remark(u):
    r = R.random()
    if r < 0.12:
        ph = fmt_mobile(mobile()); cats_remark.add("phone")
        return R.choice([f"到了打电话{ph}", f"公司前台签收，电话{ph}", f"手机没电了，打这个 {ph}"])
    if r < 0.2:
        n = person()["name"]; cats_remark.add("name")
        return R.choice([f"放前台，给{n}", f"帮同事{n}点的，送到工位", f"送到小区南门，联系{n}"])
    return R.choice(REMARKS_PLAIN)

orders = []
for u in users:
    for _ in range(R.choice([0,1,1,2,2,3,3,4,5,6])):
        t0 = rdt(dt.datetime(2024, 10, 1), dt.datetime(2024, 11, 5, 22, 0))
        status = R.choice(["已完成"] * 8 + ["已取消", "退款中"])
        rider = R.choice(riders)
        t1 = t0 + dt.timedelta(minutes=R.randint(18, 75), seconds=R.randint(0, 59)) if status == "已完成" else None
        if R.random() < 0.8:
            addr, lat, lng = u["addr"][0], u["addr"][1], u["addr"][2]
        else:
            addr, lat, lng, _, _ = address()
        rname = R.choice([u["p"]["name"], u["p"]["sur"] + R.choice(["先生", "女士"]), u["p"]["sur"] + R.choice(["先生", "女士"])])
        rphone = u["mobile"] if R.random() < 0.85 else mobile()
        orders.append([order_no(), u["id"], rider["id"] if status != "已取消" else None, int(R.choice(merchants)[0][1:]),
                       rname, rphone, addr, f"{lat:.6f}", f"{lng:.6f}", sqldt(t0), sqldt(t1) if t1 else None,
                       f"{R.randint(12, 160)}.{R.choice(['00','50','80','90'])}", R.choice(["微信支付","支付宝","余额","云闪付"]),
                       status, remark(u)])
orders.sort(key=lambda o: o[9])

# ---------------------------------------------------------------- SQL dump
def q(v):
    if v is None: return "NULL"
    if isinstance(v, (int, float)): return str(v)
    s = str(v).replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n").replace("\r", "\\r").replace("\x00", "\\0")
    return "'" + s + "'"
def insert(table, rows):
    return f"INSERT INTO `{table}` VALUES " + ",".join("(" + ",".join(q(v) for v in r) + ")" for r in rows) + ";\n"

def table_block(name, ddl, rows, auto):
    out = [f"--\n-- Table structure for table `{name}`\n--\n\n", f"DROP TABLE IF EXISTS `{name}`;\n",
           "/*!40101 SET @saved_cs_client     = @@character_set_client */;\n",
           "/*!50503 SET character_set_client = utf8mb4 */;\n", ddl.replace("%AUTO%", str(auto)),
           "/*!40101 SET character_set_client = @saved_cs_client */;\n\n",
           f"--\n-- Dumping data for table `{name}`\n--\n\n", f"LOCK TABLES `{name}` WRITE;\n",
           f"/*!40000 ALTER TABLE `{name}` DISABLE KEYS */;\n"]
    for i in range(0, len(rows), 200):
        out.append(insert(name, rows[i:i + 200]))
    out += [f"/*!40000 ALTER TABLE `{name}` ENABLE KEYS */;\n", "UNLOCK TABLES;\n\n"]
    return "".join(out)

DDL_USER = """CREATE TABLE `用户` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `用户名` varchar(64) NOT NULL,
  `手机号` varchar(20) NOT NULL,
  `昵称` varchar(64) DEFAULT NULL,
  `头像` varchar(255) DEFAULT NULL,
  `注册时间` datetime NOT NULL,
  `注册IP` varchar(45) DEFAULT NULL,
  `最后登录` datetime DEFAULT NULL,
  `会员等级` enum('普通','超级会员') NOT NULL DEFAULT '普通',
  `账户状态` varchar(8) NOT NULL DEFAULT '正常',
  `邀请码` char(6) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_用户名` (`用户名`),
  KEY `idx_手机号` (`手机号`)
) ENGINE=InnoDB AUTO_INCREMENT=%AUTO% DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci COMMENT='C端用户';
"""
DDL_RIDER = """CREATE TABLE `骑手` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `姓名` varchar(32) NOT NULL,
  `身份证号` char(18) NOT NULL,
  `手机号` varchar(20) NOT NULL,
  `入职日期` date NOT NULL,
  `所属站点` varchar(32) DEFAULT NULL,
  `骑手类型` varchar(8) DEFAULT NULL COMMENT '专送/众包',
  `车牌号` varchar(16) DEFAULT NULL COMMENT '电动自行车/电动轻便摩托车号牌',
  `开户行` varchar(32) DEFAULT NULL,
  `银行卡号` varchar(19) DEFAULT NULL COMMENT '工资卡',
  `紧急联系人` varchar(32) DEFAULT NULL,
  `紧急联系人关系` varchar(8) DEFAULT NULL,
  `紧急联系人电话` varchar(20) DEFAULT NULL,
  `在职状态` varchar(8) NOT NULL DEFAULT '在职',
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_身份证号` (`身份证号`)
) ENGINE=InnoDB AUTO_INCREMENT=%AUTO% DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci COMMENT='骑手档案';
"""
DDL_ORDER = """CREATE TABLE `订单` (
  `订单号` bigint unsigned NOT NULL,
  `用户_id` bigint unsigned NOT NULL,
  `骑手_id` int unsigned DEFAULT NULL,
  `商家_id` int unsigned NOT NULL,
  `收货人` varchar(32) NOT NULL,
  `收货电话` varchar(20) NOT NULL,
  `收货地址` varchar(255) NOT NULL,
  `收货纬度` decimal(9,6) DEFAULT NULL,
  `收货经度` decimal(9,6) DEFAULT NULL,
  `下单时间` datetime NOT NULL,
  `送达时间` datetime DEFAULT NULL,
  `实付金额` decimal(10,2) NOT NULL,
  `支付方式` varchar(16) DEFAULT NULL,
  `订单状态` varchar(8) NOT NULL,
  `备注` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`订单号`),
  KEY `idx_用户` (`用户_id`),
  KEY `idx_骑手` (`骑手_id`),
  KEY `idx_下单时间` (`下单时间`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci COMMENT='外卖订单';
"""
user_rows = [[u["id"], u["uname"], u["mobile_fmt"], u["nick"], u["avatar"], sqldt(u["reg"]), u["ip"], sqldt(u["last"]),
              u["level"], u["status"], u["invite"]] for u in users]
rider_rows = [[r_["id"], r_["p"]["name"], r_["idno"], fmt_mobile(r_["mobile"]), r_["hire"].isoformat(), r_["station"],
               r_["kind"], r_["plate"], r_["bank"], r_["card"], r_["ec_name"], r_["ec_rel"], fmt_mobile(r_["ec_phone"]),
               r_["status"]] for r_ in riders]
order_rows = [[o[0], o[1], o[2], o[3], o[4], fmt_mobile(o[5]), o[6], o[7], o[8], o[9], o[10], o[11], o[12], o[13], o[14]]
              for o in orders]
sql = ["-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)\n--\n-- Host: localhost    Database: fdj_core\n",
       "-- ------------------------------------------------------\n-- Server version\t8.0.36\n\n",
       "/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;\n",
       "/*!40101 SET @OLD_CHARACTER_SET_RESULTS=@@CHARACTER_SET_RESULTS */;\n",
       "/*!40101 SET @OLD_COLLATION_CONNECTION=@@COLLATION_CONNECTION */;\n", "/*!50503 SET NAMES utf8mb4 */;\n",
       "/*!40103 SET @OLD_TIME_ZONE=@@TIME_ZONE */;\n", "/*!40103 SET TIME_ZONE='+00:00' */;\n",
       "/*!40014 SET @OLD_UNIQUE_CHECKS=@@UNIQUE_CHECKS, UNIQUE_CHECKS=0 */;\n",
       "/*!40014 SET @OLD_FOREIGN_KEY_CHECKS=@@FOREIGN_KEY_CHECKS, FOREIGN_KEY_CHECKS=0 */;\n",
       "/*!40101 SET @OLD_SQL_MODE=@@SQL_MODE, SQL_MODE='NO_AUTO_VALUE_ON_ZERO' */;\n",
       "/*!40111 SET @OLD_SQL_NOTES=@@SQL_NOTES, SQL_NOTES=0 */;\n\n",
       table_block("用户", DDL_USER, user_rows, users[-1]["id"] + 1),
       table_block("骑手", DDL_RIDER, rider_rows, riders[-1]["id"] + 1),
       table_block("订单", DDL_ORDER, order_rows, 0),
       "/*!40103 SET TIME_ZONE=@OLD_TIME_ZONE */;\n\n", "/*!40101 SET SQL_MODE=@OLD_SQL_MODE */;\n",
       "/*!40014 SET FOREIGN_KEY_CHECKS=@OLD_FOREIGN_KEY_CHECKS */;\n", "/*!40014 SET UNIQUE_CHECKS=@OLD_UNIQUE_CHECKS */;\n",
       "/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;\n",
       "/*!40101 SET CHARACTER_SET_RESULTS=@OLD_CHARACTER_SET_RESULTS */;\n",
       "/*!40101 SET COLLATION_CONNECTION=@OLD_COLLATION_CONNECTION */;\n", "/*!40111 SET SQL_NOTES=@OLD_SQL_NOTES */;\n\n",
       "-- Dump completed on 2024-11-06  3:00:41\n"]
with open(os.path.join(DATA, "fdj_core_20241106.sql"), "w", encoding="utf-8") as f:
    f.write("".join(sql))

# ---------------------------------------------------------------- customer-service chats (JSON)
AGENTS = [("KF2031", person()["name"]) for _ in range(8)]
cats_msg = set()
sessions = []
ordered = [o for o in orders]
for _ in range(64):
    o = R.choice(ordered)
    u = next(x for x in users if x["id"] == o[1])
    rider = next((x for x in riders if x["id"] == o[2]), None)
    aid, aname = R.choice(AGENTS)
    aid = f"KF{2000 + AGENTS.index((aid, aname)) * 17 + 3}"
    t = dt.datetime.strptime(o[9], "%Y-%m-%d %H:%M:%S") + dt.timedelta(minutes=R.randint(25, 90))
    msgs = []
    def say(who, text):
        global t
        t = t + dt.timedelta(seconds=R.randint(8, 150))
        msgs.append({"发送方": who, "时间": t.strftime("%Y-%m-%d %H:%M:%S"), "内容": text})
    say("系统", "用户已接入人工客服，正在为您转接…")
    say("客服", f"您好，我是客服{aname[-1]}{aname[-1]}，很高兴为您服务，请问有什么可以帮您？")
    topic = R.choice(["超时", "地址", "改电话", "缺餐", "态度", "退款"])
    tags = []
    if topic == "超时":
        say("用户", f"订单{o[0]}已经超时四十分钟了还没送到，怎么回事"); tags = ["配送超时"]
        if rider:
            say("客服", f"非常抱歉，已为您联系骑手{rider['p']['name']}，他反馈还有约10分钟送达"); cats_msg.add("name")
        say("客服", "已为您申请5元无门槛红包作为补偿，请注意查收")
    elif topic == "地址":
        say("用户", f"骑手打电话说找不到地址，我的地址是{u['addr'][0]}，麻烦转告一下"); cats_msg.add("location"); tags = ["地址问题"]
        say("客服", "好的，已将详细地址同步给骑手，请保持电话畅通")
    elif topic == "改电话":
        ph = fmt_mobile(mobile()); cats_msg.add("phone"); tags = ["修改订单信息"]
        say("用户", f"能不能改一下收货电话，我手机快没电了，新号码{ph}")
        say("客服", f"已为您备注，骑手会拨打 {ph} 联系您")
    elif topic == "缺餐":
        say("用户", f"我是{u['p']['name']}，这单少送了一份饮料"); cats_msg.add("name"); tags = ["餐品缺失"]
        say("客服", "麻烦您上传一下小票照片，我们核实后为您退款")
        say("用户", "[图片]")
    elif topic == "态度":
        say("用户", "骑手态度很差，还把汤洒了"); tags = ["骑手投诉"]
        say("客服", "非常抱歉给您带来不好的体验，我们会对骑手进行处理")
    else:
        say("用户", "商家说没货了，要我申请退款，多久能到账？"); tags = ["退款咨询"]
        say("客服", "退款将在1-3个工作日原路退回，请您耐心等待")
    say("客服", "请问还有其他可以帮您的吗？")
    say("用户", R.choice(["没有了，谢谢", "好的", "行吧", "谢谢"]))
    say("系统", "会话已结束，邀请用户评价")
    sessions.append({
        "会话ID": str(uuid.UUID(int=R.getrandbits(128), version=4)),
        "渠道": R.choice(["App在线客服", "App在线客服", "微信小程序", "电话回拨"]),
        "开始时间": msgs[0]["时间"], "结束时间": msgs[-1]["时间"],
        "用户": {"用户ID": u["id"], "昵称": u["nick"], "手机号": fmt_mobile(u["mobile"]), "会员等级": u["level"]},
        "客户端": {"设备ID": u["dev"], "系统": u["os"], "App版本": R.choice(["8.12.0", "8.11.3", "8.12.1"]), "IP": u["ip"]},
        "关联订单号": str(o[0]),
        "客服": {"工号": aid, "姓名": aname},
        "消息": msgs,
        "满意度": R.choice([1, 2, 3, 4, 5, 5, 5, None]),
        "问题分类": tags})
with open(os.path.join(DATA, "cs_chat_export_202411.json"), "w", encoding="utf-8") as f:
    json.dump({"导出时间": "2024-11-06T02:00:13+08:00", "导出系统": "饭到家客服工单系统 v3.4",
               "会话总数": len(sessions), "会话列表": sessions}, f, ensure_ascii=False, indent=2)

# ---------------------------------------------------------------- nginx access log
MON = ["Jan","Feb","Mar","Apr","May","Jun","Jul","Aug","Sep","Oct","Nov","Dec"]
def ngt(t): return f"{t.day:02d}/{MON[t.month-1]}/{t.year}:{t.strftime('%H:%M:%S')} +0800"
lines = []
t = dt.datetime(2024, 11, 5, 11, 0, 0)
log_cats = {"ip_address", "activity", "device"}
for i in range(1900):
    t += dt.timedelta(seconds=R.randint(0, 5))
    r = R.random()
    if r < 0.05:
        lines.append(f'10.42.{R.randint(0,3)}.{R.randint(2,250)} - - [{ngt(t)}] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.27"')
        continue
    if r < 0.15:
        rd = R.choice(riders)
        lat = CITIES[rd["city"]]["lat"] + R.uniform(-0.08, 0.08); lng = CITIES[rd["city"]]["lng"] + R.uniform(-0.1, 0.1)
        b, m = AND_MODELS[rd["id"] % len(AND_MODELS)]
        rip = f"223.104.{rd['id'] % 200}.{(rd['id'] * 7) % 250 + 1}"
        lines.append(f'{rip} - - [{ngt(t)}] "POST /rider/api/v1/location/report?lat={lat:.6f}&lng={lng:.6f}&rider_id={rd["id"]} HTTP/1.1" 200 31 "-" '
                     f'"FDJRider/5.3.1 (Android 11; {b} {m}; okhttp/4.9.3)"')
        log_cats.add("location")
        continue
    u = R.choice(users)
    lat, lng = u["addr"][1], u["addr"][2]
    o = R.choice(orders)
    req, st, size = R.choice([
        (f"GET /api/v3/home/feed?lat={lat:.6f}&lng={lng:.6f}&city_id={CITIES[u['addr'][3]]['code']}&page=1", 200, R.randint(8000, 42000)),
        (f"GET /api/v3/shop/{R.choice(merchants)[0][1:]}/menu", 200, R.randint(12000, 90000)),
        ("POST /api/v3/order/create", 200, R.randint(300, 900)),
        (f"GET /api/v3/order/{o[0]}/track", 200, R.randint(400, 1500)),
        ("GET /api/v3/user/profile", 200, R.randint(600, 1200)),
        ("GET /api/v3/user/coupons?status=unused", 200, R.randint(200, 4000)),
        (f"GET /api/v3/passport/sms_code?mobile={u['mobile']}&scene=login", 200, 48),
        ("POST /api/v3/passport/login", R.choice([200, 200, 401]), R.randint(80, 420)),
        (f"GET /static/img/banner/{R.getrandbits(32):08x}.webp", R.choice([200, 304]), R.randint(0, 80000)),
    ])
    if "lat=" in req: log_cats.add("location")
    if "mobile=" in req: log_cats.add("phone")
    ref = R.choice(["-", "-", "https://m.fandaojia.cn/", "https://servicewechat.com/wx3c8f1d2b7a6e9450/212/page-frame.html"])
    lines.append(f'{u["ip"]} - - [{ngt(t)}] "{req} HTTP/1.1" {st} {size} "{ref}" "{u["ua"]}"')
with open(os.path.join(DATA, "nginx_access.log"), "w", encoding="utf-8") as f:
    f.write("\n".join(lines) + "\n")

# ---------------------------------------------------------------- truth
SQL = "fdj_core_20241106.sql"
fields_sql = {
    "用户.用户名": "username", "用户.手机号": "phone", "用户.昵称": "name", "用户.注册时间": "activity",
    "用户.注册IP": "ip_address", "用户.最后登录": "activity", "用户.会员等级": "account_type", "用户.账户状态": "account_type",
    "骑手.姓名": "name", "骑手.身份证号": "government_id", "骑手.手机号": "phone", "骑手.银行卡号": "payment_card",
    "骑手.紧急联系人": "name", "骑手.紧急联系人电话": "phone",
    "订单.收货人": "name", "订单.收货电话": "phone", "订单.收货地址": "location", "订单.收货纬度": "location",
    "订单.收货经度": "location", "订单.下单时间": "activity", "订单.送达时间": "activity",
}
if cats_remark: fields_sql["订单.备注"] = sorted(cats_remark)
CHAT = "cs_chat_export_202411.json"
fields_chat = {
    "会话列表.开始时间": "activity", "会话列表.结束时间": "activity",
    "会话列表.用户.昵称": "name", "会话列表.用户.手机号": "phone", "会话列表.用户.会员等级": "account_type",
    "会话列表.客户端.设备ID": "device", "会话列表.客户端.IP": "ip_address",
    "会话列表.客服.姓名": "name", "会话列表.消息.时间": "activity", "会话列表.消息.内容": sorted(cats_msg),
}
n_lucky = sum(luhn_ok(str(o[0])) for o in orders)
def _valid_date(x):
    try: dt.date(int(x[6:10]), int(x[10:12]), int(x[12:14])); return True
    except ValueError: return False
o18 = [str(o[0]) for o in orders if len(str(o[0])) == 18]
n_id = sum(id_check(x[:17]) == x[17] for x in o18)
n_id_date = sum(id_check(x[:17]) == x[17] and _valid_date(x) for x in o18)
truth = {
    "brief": ("饭到家 (FanDaoJia), a Chinese food-delivery platform (Shanghai/Hangzhou): vendor export of the core MySQL "
              "database (用户 customers, 骑手 riders with 身份证 and UnionPay salary cards, 订单 orders), the customer-service "
              "chat system's JSON export, the public merchant list (CSV, UTF-8 with BOM) and an nginx access log of the "
              "app API. All headers/keys and values in Simplified Chinese."),
    "people": N_USERS + N_RIDERS + N_RIDERS + len(AGENTS),
    "fields": {SQL: fields_sql, CHAT: fields_chat},
    "text": {"nginx_access.log": sorted(log_cats)},
    "controls": ["merchants_商家列表.csv"],
    "ambiguous": {SQL: ["骑手.车牌号", "骑手.骑手类型", "骑手.在职状态"]},
    "lookalikes": {
        SQL: {"订单.订单号": (f"18-19 digit order ids starting with 1; {n_lucky} of {len(orders)} pass Luhn by chance; "
                          f"{n_id} of the {len(o18)} 18-digit ones pass the 身份证 MOD 11-2 check ({n_id_date} also with a valid date in positions 7-14)"),
              "订单.用户_id": "foreign key", "订单.商家_id": "merchant id", "骑手.入职日期": "hire date",
              "骑手.开户行": "bank name only", "骑手.所属站点": "delivery station (place of business)",
              "用户.头像": "avatar URL with random hex", "用户.邀请码": "6-char invite code",
              "订单.实付金额": "amount", "订单.支付方式": "payment method", "订单.订单状态": "order status"},
        CHAT: {"会话列表.关联订单号": "order id as string", "会话列表.会话ID": "UUID of the chat session",
               "会话列表.客服.工号": "agent staff number", "会话列表.客户端.系统": "OS version only",
               "会话列表.用户.用户ID": "internal user id"},
        "merchants_商家列表.csv": {"联系电话": "public landline / 400 numbers of businesses",
                                "详细地址": "business addresses", "商家名称": "shop names (some contain surnames, e.g. 张亮麻辣烫)"}},
    "notes": ("people = 150 users + 40 riders + 40 rider emergency contacts + 8 CS agents. 用户.昵称 is the display name: "
              "about 30% are the real name, others nickname-like (爱吃火锅的X, or phrases with no name at all); labelled name. "
              "骑手.银行卡号 are full Luhn-valid UnionPay 62xxxx PANs (16/19 digits) used as salary accounts: labelled "
              "payment_card (bank_account is defensible too). 骑手.车牌号 = e-bike / electric light-motorcycle plates "
              "like 沪A·K2381: not one of the categories, put under ambiguous. 骑手类型 (专送/众包) and 在职状态 are "
              "rider role/employment status: ambiguous for account_type. Phones are written 13812345678, "
              "138 1234 5678 or +86 138 1234 5678. nginx log has client IPs, app user-agents, rider GPS reports and "
              "user feed requests with lat/lng in the query string, and sms_code requests with mobile= in the query string. "
              "Log IPs 10.42.x.x are kube-probe health checks. Chat 客服.姓名 are agents' real names.")}
with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
    json.dump(truth, f, ensure_ascii=False, indent=2)
print("users", len(users), "riders", len(riders), "orders", len(orders), "sessions", len(sessions), "log", len(lines))
