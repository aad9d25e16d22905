package analyzer

func (p *passState) checkWhispir() {}
