# Hand-written classifier cases: (setting, kind, lines)
CASES = [
# ---------------- FIRST kind ----------------
("pediatrics", "first", [
 "he's been coughing three nights running, this barking noise, like a seal, and tonight it sounds worse",
 "school sent him home again, that's the second time this week",
 "sorry, I'm not his mum, I'm her partner, she's at work. is that ok?"]),
("dentistry", "first", [
 "there's this throbbing, bottom left, and the gum above it's gone all puffy",
 "it's waking me up at night, I've been chewing on the other side for days",
 "I'd like to keep the tooth if I can but honestly I just want it to stop"]),
("oncology", "first", [
 "since the last cycle I've got these ulcers in my mouth, I can't even get yogurt down",
 "and my feet are tingling, pins and needles all the time, is that the chemo doing that?",
 "sorry, I know you're busy, it's just I can't really eat anything"]),
("mental health", "first", [
 "I haven't slept properly in about two weeks, my heart races as soon as I lie down",
 "I had one of those panic things on the train on Tuesday, I genuinely thought I was dying",
 "I just need it to stop, I can't go into work like this"]),
("geriatrics", "first", [
 "Mum's been really muddled since Sunday, she didn't know who the neighbour was",
 "she's up and down to the loo all night and she's barely drinking anything",
 "it's come on so quick, she was fine at Christmas"]),
("pharmacy", "first", [
 "I've come out in a rash since I started the antibiotic, it's itchy all over my back",
 "my lips feel a bit puffy too, is that normal or"]),
("physiotherapy", "first", [
 "went over on my ankle at netball on saturday, its still purple and I cant put proper weight on it",
 "I've got a tournament in three weeks and I really really want to play"]),
("telehealth", "first", [
 "it burns when I wee, since yesterday, and I'm going every twenty minutes",
 "I'm away with work so I couldn't get in anywhere, that's why I'm on the video thing",
 "I've had it before, it feels exactly the same as last time"]),
("emergency", "first", [
 "he came off the trampoline and his wrist's a funny shape",
 "he's being so brave but he went really white a minute ago"]),
("maternity", "first", [
 "I'm 34 weeks and she's been really quiet today, normally she goes mad after breakfast",
 "I had a cold drink and lay on my left side like the leaflet says but still hardly anything"]),
("occupational health", "first", [
 "my hands go numb at night, mostly the thumb and the first couple of fingers",
 "I'm on the assembly line, screwdriver all day, eight hour shifts",
 "I shake them out in the morning and it sort of comes back"]),
("general practice", "first", [
 "I keep getting these headaches behind my eyes, most afternoons now",
 "paracetamol takes the edge off but they always come back the next day",
 "I'm not sleeping great either if that's relevant, work's mental at the moment"]),
("dermatology", "first", [
 "there's a mole on my back my husband reckons has changed shape",
 "it's gone darker down one side and it itches now and then, I'm probably being paranoid"]),
("cardiology", "first", [
 "I get a tight feeling across my chest walking up the hill to the bus stop",
 "it goes off after a few minutes if I stand still",
 "I thought maybe I'm just unfit? I don't know"]),
("diabetes clinic", "first", [
 "my sugars have been all over the shop this week, I had a 2.9 Monday night and woke up soaked",
 "I haven't changed anything that I know of"]),
("sports medicine", "first", [
 "felt a pop in the back of my thigh sprinting, there's a bruise creeping down towards my knee now",
 "I can walk on it but it's really tight",
 "there's a match saturday, not that that's important right now, well, it is to me"]),
("palliative care", "first", [
 "Dad's been so agitated at night, pulling at the sheets, shouting out",
 "the morphine doesn't seem to hold his pain like it did last week"]),
("after-hours phone line", "first", [
 "my little girl's 39.4 and she's all floppy, she won't drink anything",
 "it's half eleven and the surgery's shut, I didn't know who else to ring",
 "sorry, I know it's late"]),
("general practice", "first", [
 "I was going to say I want to get fitter, I've been meaning to for ages",
 "but actually the reason I booked, I get out of breath just doing the stairs now, and my ankles are like balloons by the evening"]),
("dentistry", "first", [
 "my crown came off on a toffee, I've got it here in a tissue",
 "the tooth underneath is really sensitive to anything cold, even breathing in"]),
("pediatrics", "first", [
 "she's had the runs since friday and now she's bringing everything back up, even water",
 "she's only had two wet nappies today",
 "my mum keeps saying I'm fussing"]),
("mental health", "first", [
 "I know you probably want to talk about goals and long-term stuff",
 "but right now I can't stop crying, I've not eaten since Thursday, and I'm having thoughts I don't like having"]),
("oncology", "first", [
 "we were meant to be talking about whether I go on the trial or not",
 "but that's not why I came in, I've got a temperature of 38.6 and I can't stop shaking, the card said come straight in"]),
("pharmacy", "first", [
 "I was going to ask about swapping to the cheaper version of my inhaler",
 "but the bigger thing really is I'm on the blue one like six times a day and I'm still wheezing at night"]),
("physiotherapy", "first", [
 "I've set myself a goal of doing a half marathon in the spring",
 "but the knee's been swelling up after every run, all puffy on the inside, and it clicks and sort of locks sometimes"]),
("cardiology", "first", [
 "my watch keeps flagging an irregular rhythm",
 "and I do get these flutters, and yesterday I went dizzy in the supermarket and had to sit on the floor"]),
("emergency", "first", [
 "I cut my hand on a broken glass washing up and it's bleeding through the tea towel",
 "and I can't really bend my little finger"]),
("maternity", "first", [
 "we were supposed to go through the birth plan today, the pool and all that",
 "but since last night I've had a pounding headache and sort of flashing lights, and my feet have puffed right up"]),
("geriatrics", "first", [
 "I've had two falls this month, one in the bathroom and one getting up out of the chair",
 "I go a bit woozy when I stand up quick"]),
("telehealth", "first", [
 "my eye's gone red and gunky, it was glued shut when I woke up",
 "my son had the same thing last week so I reckon he gave it me"]),
("occupational health", "first", [
 "I got a splash of the descaler in my eye at work, about an hour ago",
 "I rinsed it under the tap but it's still stinging and everything's a bit blurry"]),
("dermatology", "first", [
 "I'm not here for anything cosmetic, I promise, I'm not that vain",
 "it's just my hands have cracked open and they bleed, I can't even do the washing up"]),
("diabetes clinic", "first", [
 "I've been so good with the walking and the food, I'm actually proud of myself",
 "but there's this sore on the bottom of my foot that hasn't healed in three weeks and it's started to smell"]),
("sports medicine", "first", [
 "coach keeps asking if I'm doing surgery or the rehab route",
 "but nobody's actually told me what's wrong yet, the knee just gives way when I turn and then it balloons up"]),
("palliative care", "first", [
 "she's been really breathless since lunchtime, the oxygen doesn't seem to be helping",
 "she's frightened, and to be honest so am I"]),
("after-hours phone line", "first", [
 "I took my evening tablets and then I think I took them again, I honestly can't remember",
 "it's the blood pressure ones and the water tablet, I'm on my own here",
 "I feel a bit light headed now actually, or maybe that's just the panic"]),
("pediatrics", "first", [
 "he's fine in himself, running about, eating ok",
 "it's just he keeps tugging at his ear and screaming at night, and there was yellow stuff on his pillow this morning"]),
("general practice", "first", [
 "I found a lump in my armpit in the shower, about the size of a grape",
 "it doesn't hurt, which I read online is supposed to be worse?",
 "I've been googling all week and scaring myself"]),
("dentistry", "first", [
 "my gums bleed every time I brush and my partner says my breath's bad",
 "I've been putting off coming in, to be honest, its embarassing"]),
("mental health", "first", [
 "my son hasn't come out of his room in a week, he's stopped eating with us",
 "last night he said something that really frightened me, about not wanting to be here anymore"]),
("cardiology", "first", [
 "I know I should probably be asking about diet and exercise and all that",
 "but my heart's been pounding at night and twice this week I woke up gasping"]),
("emergency", "first", [
 "she's swallowed something, I think one of those little button batteries out of the remote",
 "she seems ok but I don't know how long ago it was"]),

# ---------------- SECOND kind ----------------
("physiotherapy", "second", [
 "the surgeon said I could have the knee done now or give physio another six months",
 "the pain's bad on stairs but I can still get about",
 "what would you do, honestly?"]),
("pharmacy", "second", [
 "my mate says the generic's weaker then the proper brand, is that right?",
 "the brand one's about four times the price and I'm on it for life"]),
("oncology", "second", [
 "I found an article in a journal about immunotherapy for my kind of cancer",
 "I've printed it out, I don't know if it applies to me, but could that be an option instead of more chemo?"]),
("maternity", "second", [
 "I'm thinking about a home birth this time, the last one in hospital felt really clinical",
 "my mum thinks I've lost it but I just want to know what the options acutally are"]),
("palliative care", "second", [
 "we've been going round in circles as a family about whether Dad stays at home or goes into the hospice",
 "he says home, but I'm scared we won't cope at three in the morning"]),
("mental health", "second", [
 "I don't really want tablets, I'd rather try the talking therapy first, is that allowed?",
 "my sister was on antidepressants and she said she felt like a zombie"]),
("dentistry", "second", [
 "the tooth's cracked, fine, I get that, so is it an implant or a bridge?",
 "implants take months apparently and the bridge means grinding down the teeth either side, neither sounds great",
 "what would you go for, if it was your mouth?"]),
("dermatology", "second", [
 "for the acne, would the tablets or the cream be better for me?",
 "I don't want anything that'll mess with my head, I've read stuff about that one tablet"]),
("geriatrics", "second", [
 "we're trying to decide between a care home or carers coming in four times a day",
 "Mum's dead set on staying in her own house",
 "my brother thinks a home's safer and it's causing rows, we just need someone to lay it out for us"]),
("cardiology", "second", [
 "the cardiologist mentioned an ablation but said I could also just stay on the tablets",
 "I don't love the idea of the procedure but I hate taking pills, so I'm stuck"]),
("diabetes clinic", "second", [
 "I've been offered the pump, or I can carry on with my pens",
 "I'm not sure I want something stuck to me all the time, but people say it's life changing"]),
("telehealth", "second", [
 "I'd like a second opinion before the operation, not because I don't trust Dr Aziz, I just want to be sure",
 "how does that even work, do I need a referral or",
 "I don't want to lose my place on the list though"]),
("general practice", "second", [
 "for my blood pressure, is there anything other than another tablet?",
 "I'm on four things already, I rattle when I walk"]),
("sports medicine", "second", [
 "the physio says rest it, my coach says get a cortisone jab and get through the season",
 "who am I supposed to listen to, it's my last year at uni",
 "it does hurt, like, I'm not pretending, but I want to know the trade off"]),
("emergency", "second", [
 "the doctor said they can either stitch it or use the glue",
 "is one going to scar less? it's on my face and I'm a bit self-conscious about it"]),
("occupational health", "second", [
 "I can go back on light duties or take the full two weeks, my manager says it's between me and you",
 "I don't want to lose the overtime really, but the back's still sore"]),
("pediatrics", "second", [
 "the other clinic wanted to put grommets in but I'd heard you can just wait and see",
 "we'd rather not do an operation if we don't have to, he's only three",
 "his hearing's not great, we know that, we just want to know what our options are"]),
("palliative care", "second", [
 "Mum doesn't want any more scans or treatment, she's been really clear about that",
 "what we need to sort out is whether she's looked after at home by the nurses or goes into the hospice, and what each one would actually look like"]),
("pharmacy", "second", [
 "can I have the combined pill or is the mini pill better if you get migraines?",
 "I'd prefer something I don't have to think about every day, if there's such a thing"]),
("mental health", "second", [
 "I'm not in crisis or anything, I'm actually doing alright",
 "I just want to know the difference between a psychologist and a counsellor and which would suit me better"]),
("oncology", "second", [
 "the lump's out and the margins were clear, they said that's good news",
 "now they're offering radiotherapy, or I could just be watched, and I genuinely don't know what I want"]),
("dentistry", "second", [
 "is it worth having the white fillings instead of the silver?",
 "I don't mind paying a bit more if they last, but I've heard they don't"]),
("maternity", "second", [
 "the baby's breech, they told me on Monday",
 "so it's either them trying to turn her, a planned caesarean, or trying for a breech birth, and I want to understand all three before I pick"]),
("cardiology", "second", [
 "I read you can either go on the statin or try diet first, and my cholesterol's only a bit high",
 "I'd honestly rather try without tablets for a few months if thats reasonable"]),
("general practice", "second", [
 "there was a thing in the paper about the new weight loss injection",
 "would that be an option for me, or am I better going down the surgery route the hospital talked about?"]),
("geriatrics", "second", [
 "Dad's hearing is terrible, we all know it, he knows it",
 "the question is whether he gets the free aids or the fancy private ones the shop keeps pushing"]),
("physiotherapy", "second", [
 "would I be better doing the classes here at the gym or the home programme?",
 "I work shifts so the classes are awkward, but I know myself, I won't do it on my own"]),
("telehealth", "second", [
 "the rash is basically gone so that's not why I'm calling",
 "the cream worked but it's a steroid one, and I want to know if there's a non-steroid one I could use from now on, or should I just go back to plain moisturiser"]),
("after-hours phone line", "second", [
 "it's not an emergency, sorry, I know it's late",
 "the doctor saw him this morning and gave us two choices for his chest, the steroid medicine or just more of the blue inhaler, and said have a think and ring back",
 "I'm leaning towards just the inhaler, I hate steroids, what do you think?"]),
("diabetes clinic", "second", [
 "my HbA1c is fine now, no problems there",
 "they want to switch me from metformin to the new one that protects your kidneys, but I've been fine on metformin for years and I'm not sure I want to change"]),
("dermatology", "second", [
 "the skin cancer doctor says it has to come off, fine, I'm not arguing with that",
 "but do I have the Mohs thing at the big hospital or the normal cut-out here with you? I'd rather here if it's the same"]),
("pediatrics", "second", [
 "we're not sure about the chickenpox jab, it's not on the normal schedule is it?",
 "we'd pay for it if it's worth it, but my mother in law says it's better for them to just catch it"]),
("sports medicine", "second", [
 "the scan showed a partial tear, so at least we know now",
 "PRP injection or a proper block of rehab, the lads at the gym swear by PRP"]),
("occupational health", "second", [
 "for the noise at work, should I get the custom moulded plugs or stick with the foam ones?",
 "the foam ones make my ears ache after a couple of hours"]),
("emergency", "second", [
 "the fracture clinic said a cast or a removable boot, my choice",
 "I have to drive for work, does that change which one?"]),
("mental health", "second", [
 "I'd like to try coming off my medication, I've been stable for a year now",
 "do we taper it or can I just stop, and should I do it alongside the therapist or on my own?"]),
("oncology", "second", [
 "my oncologist says there's a trial I could go into, or I can have the standard treatment",
 "my husband wants me to do the trial, I'm not so sure, I want to know what I'd actually be signing up for"]),
("general practice", "second", [
 "I don't want to be a nuisance, my back's been sore a while but I manage",
 "I'm here because I saw something about acupuncture versus an osteopath versus just tablets, and I want to pick the one that's actually worth the money"]),
("geriatrics", "second", [
 "Mum's been offered the memory clinic, or we could just leave it, she's happy as she is",
 "do we even need a diagnosis? what would it change?"]),
("physiotherapy", "second", [
 "my shoulder's been bad since the fall, yes, we've established that",
 "what I want to know is, is the injection any good, or the hydrodilatation thing, or do I just keep going with the exercises"]),
("pharmacy", "second", [
 "should I have my flu jab here at the pharmacy or at the GP, is it the same one?",
 "I'm over 65 if that makes a difference",
 "I'd rather here to be honest, the surgery's always rammed"]),
("maternity", "second", [
 "I'm trying to decide between breastfeeding and formula, I know everyone says breast is best",
 "I'm back at work at four months and I just want to know what's realistic",
 "my sister did both, mixed, is that a thing people actually do?"]),

# ---------------- THIRD kind ----------------
("general practice", "third", [
 "nothing's wrong, my bloods all came back fine",
 "I'm fifty in March and I want to be fitter than I was at forty, I just don't know where to start"]),
("cardiology", "third", [
 "the stents went in fine, I'm all healed up, no chest pain at all",
 "what I want now is to walk my daughter down the aisle in June and actually dance with her without being puffed out"]),
("diabetes clinic", "third", [
 "I know I've got type 2, that's not going anywhere",
 "I want to be the grandad who's down on the floor playing with the little ones, not the one watching from the armchair"]),
("pediatrics", "third", [
 "she's perfectly healthy, I'm not worried about anything medical",
 "I just want to help her have a better relationship with food than I had, she's seven and she's already saying she's fat"]),
("mental health", "third", [
 "I'm not depressed anymore, the meds did their job",
 "but I want to build a life where I don't end up back there, a proper routine, friends, maybe a job I don't hate"]),
("occupational health", "third", [
 "physically I'm fine, no problems",
 "it's more that I've done nights for twelve years and I want to work out how to actually have a life around it, sleep, family, all of it"]),
("geriatrics", "third", [
 "I'm 82 and the doctor says I'm in good nick for my age",
 "I want to keep living on my own and doing my garden as long as I can, what should I be doing now so that happens?"]),
("maternity", "third", [
 "the baby's fine and I'm fine, scans are all good",
 "I want to use this pregnancy to sort myself out, I've smoked since I was fifteen and I want to be a mum who doesn't"]),
("dentistry", "third", [
 "no pain, no problems, the hygienist says it all looks ok",
 "I just want to get into better habits, I'm rubbish at flossing and I graze on sweets all afternoon at work",
 "I don't want a telling off, I want a plan I'll actually stick to"]),
("physiotherapy", "third", [
 "the back's sorted, the physio worked, I'm back at work",
 "I want to keep it that way, and honestly I want to be someone who moves every day, not just when it hurts",
 "like, not a programme for six weeks, an actual change"]),
("sports medicine", "third", [
 "I'm not injured for once",
 "I'm 44 and I want to keep playing five-a-side into my fifties, what should I be doing in between games?",
 "the lads reckon stretching's a waste of time but I'm not sure"]),
("oncology", "third", [
 "I finished treatment in January and the scans are clear",
 "I don't want my whole life to be about cancer any more, I want to work out what the next ten years look like, food, exercise, work, all of it"]),
("pharmacy", "third", [
 "I don't need a prescription or anything",
 "I've been reading about supplements and I think I'd rather eat better than buy pills, where do people even start?"]),
("telehealth", "third", [
 "I'm not ill, my bloods last month were normal so it's not my thyroid or anything",
 "I'm just running on empty juggling work and the kids, I want my evenings back and to actually sleep, I feel like I've lost myself a bit"]),
("dermatology", "third", [
 "the eczema's under control with the creams, thanks for that",
 "what I want is to understand what I can change day to day, stress, food, showers, so I'm not just firefighting flare-ups for the rest of my life"]),
("palliative care", "third", [
 "I know I haven't got long, we've been through all that and I've made my peace with stopping treatment",
 "I want to spend the time I've got well, finish the photo albums for my grandkids, maybe see the sea one more time",
 "how do I make that happen?"]),
("emergency", "third", [
 "this is the third time this year I've ended up in here after a night out",
 "the cut's stitched, fine, but I'm sick of this being my life, I want to stop drinking like this"]),
("general practice", "third", [
 "I'd like to lose a bit of weight before my daughter's wedding, but not a crash diet",
 "I want habits I can actually keep going after the wedding as well"]),
("cardiology", "third", [
 "blood pressure's fine on the tablets, no issues",
 "the wife and I want to get into walking holidays when I retire next year, and I want to be fit enough for the big routes"]),
("mental health", "third", [
 "I'm not here because something's wrong, my therapist and I finished in the summer",
 "I just want to keep growing, be more confident at work, stop saying yes to everything"]),
("pediatrics", "third", [
 "he's a healthy lad, no problems",
 "but he's on that tablet from the minute he's home till bedtime, and I want us to be a more active family, I just don't know how to make it stick",
 "me and his dad are just as bad, to be fair"]),
("diabetes clinic", "third", [
 "my numbers are good, the nurse was happy with me",
 "I want to learn to cook properly, I live on ready meals, and I want to enjoy food again instead of counting everything"]),
("geriatrics", "third", [
 "Dad's new hip healed beautifully, the surgeon's signed him off",
 "but he's lost his confidence, he used to go to bowls every week, he wants to get back to being himself"]),
("physiotherapy", "third", [
 "nothing hurts, I just sit at a desk ten hours a day",
 "I want to be someone who moves, not someone whose back goes at forty"]),
("occupational health", "third", [
 "I've been signed fit to go back, the injury's healed",
 "what bothers me is going back to the same pace, I want a way of working I can keep up till I retire and still have something left for my kids at night"]),
("maternity", "third", [
 "I had the baby four months ago and everything's healed",
 "I want to get my strength back and feel like me again, not just 'mum', if that makes sense"]),
("sports medicine", "third", [
 "the knee op's done, rehab's finished, I've been signed off",
 "I want to get back up mountains, that's who I was before all this, and I want to build up properly this time"]),
("dentistry", "third", [
 "I had the braces off last year and I love my smile now",
 "I want to keep it like this, so what habits should I be building? I've got a massive sweet tooth and my partner says I clench when I'm stressed"]),
("telehealth", "third", [
 "I booked this because the app said wellness check, I don't have a complaint as such",
 "I start a new job abroad next month and I want to set myself up to stay healthy over there, sleep, food, not drinking too much with new colleagues"]),
("oncology", "third", [
 "my husband's in remission and we're both shattered after the last two years",
 "we want to work out how to live again, as a couple, not as patient and carer"]),
("general practice", "third", [
 "the results were normal, I was so convinced it was my heart",
 "it's a relief but it was a wake-up call, I want to change how I live, I smoke, I don't move, I eat rubbish"]),
("pharmacy", "third", [
 "I'm not after anything for a cold or whatever",
 "I've tried to quit vaping on my own loads of times and I keep caving, I definately want to be a non-vaper by the summer"]),
("mental health", "third", [
 "the panic attacks have stopped, that chapter's done",
 "now I want to travel on my own, I never have, and I want to be brave enough to do it by next year",
 "I'm not asking for tablets or anything, I want to build up to it"]),
("geriatrics", "third", [
 "my wife died last year and I've been living on toast",
 "I'm healthy, the doctor says so, but I want to learn to look after myself properly and maybe join something, I'm rattling round that house",
 "she did all the cooking, I can barely boil an egg"]),
("cardiology", "third", [
 "my heart's fine, the echo was normal, I got the all clear",
 "but my dad died of a heart attack at 58 and I'm 52, I want to do everything I can to be around for my kids",
 "my youngest is only nine"]),
("after-hours phone line", "third", [
 "sorry, I know this line's for urgent things, nothing's wrong with me",
 "I'm on nights myself and I can never get through in the day, I just want to book a proper chat with someone about sorting my sleep and eating around shifts"]),
("dermatology", "third", [
 "my skin's fine, no rashes or anything",
 "I'm 35 and I want to look after it for the long haul, sun, what I eat, all that, rather than panicking when I'm fifty"]),
("palliative care", "third", [
 "the pain's under control now, the team have been brilliant",
 "Mum says she wants to be herself for whatever time's left, church, her friends, not a patient in a bed, and we want to help her do that"]),
("diabetes clinic", "third", [
 "just diagnosed, type 2, the nurse said I could try lifestyle first before tablets",
 "and honestly I want to be someone who runs, I always have, I want to get my sugars down by becoming that person"]),
("sports medicine", "third", [
 "I want to do my first triathlon next summer",
 "I'm 58, no health problems, what do I need to think about to get there without wrecking myself?",
 "my knees are alright, touch wood"]),
("pediatrics", "third", [
 "the asthma's well controlled now, she hasn't needed the blue inhaler for months",
 "she wants to join the swimming club with her friends, and I want her growing up thinking she can do anything, not that she's the sick one"]),
("general practice", "third", [
 "I retire in a few months",
 "I want a plan for the next chapter, staying sharp, staying active, not just sitting in front of the telly like my father did",
 "the wife's already got a list of jobs for me, ha, but I mean for me"]),
]
