def N(id, need, cues):
    return {"id": id, "need": need, "cues": cues}

def G(setting, kind, context, needs, responses):
    return {"setting": setting, "kind": kind, "context": context,
            "needs": needs, "responses": responses}
